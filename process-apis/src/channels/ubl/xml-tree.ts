import { SaxesParser, type SaxesTagNS } from 'saxes';
import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** An element by what it is (namespace URI and local name), never by the prefix a sender happened to use. */
export interface XmlElement {
  /** The namespace URI; '' for an element in no namespace. */
  uri: string;
  local: string;
  /** Attributes in no namespace by local name (schemeID, unitCode, currencyID). */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text (CDATA included), untrimmed. */
  text: string;
}

/** How much of a document is read at most: a business document is far below both. */
export interface XmlLimits {
  maxElements: number;
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 200_000, maxDepth: 64 };

/**
 * Reads an XML document into namespace-resolved elements with saxes, a strict, namespace-aware
 * parser (jsdom's). No DTD is ever processed: a document with a DOCTYPE is refused before anything
 * in it is read, so no external entity is fetched (XXE) and no entity is expanded (the "billion
 * laughs"); saxes itself knows only XML's five entities and character references. The bytes must be
 * UTF-8 (UBL's encoding; a declaration naming another one is refused rather than misread).
 *
 * @throws UnreadableDocumentError (400) for bytes that are no well-formed XML, naming line and column.
 */
export function readXmlTree(bytes: Uint8Array, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  const text = utf8Of(bytes);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let failure: UnreadableDocumentError | undefined;
  const fail = (message: string) => {
    failure ??= new UnreadableDocumentError(`The XML is not well-formed: ${message}`, [
      { field: 'body', message: `line ${parser.line}, column ${parser.column}: ${message}` },
    ]);
  };
  parser.on('xmldecl', (declaration) => {
    if (declaration.encoding && !/^utf-8$/i.test(declaration.encoding))
      fail(`the document is declared ${declaration.encoding}; UBL documents are sent in UTF-8`);
  });
  parser.on('doctype', () => fail('a DOCTYPE is not accepted (no DTD is read, so no entity can be declared)'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    count++;
    if (count > limits.maxElements) return fail(`more than ${limits.maxElements} elements`);
    if (stack.length >= limits.maxDepth) return fail(`elements nested deeper than ${limits.maxDepth}`);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: plainAttributes(tag),
      children: [],
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (value: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => fail(error.message.replace(/^undefined:\d+:\d+: /, '')));
  try {
    parser.write(text).close();
  } catch (error) {
    // saxes throws when an error handler returns; the first failure is the one reported.
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure;
  if (!root) throw new UnreadableDocumentError('The body holds no XML element.', [{ field: 'body', message: 'empty' }]);
  return root;
}

function utf8Of(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableDocumentError('The body is not valid UTF-8, the encoding UBL documents are sent in.', [
      { field: 'body', message: 'invalid UTF-8 byte sequence' },
    ]);
  }
}

function plainAttributes(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === '') attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

/** The children of `element` that are `uri`'s `local`. */
export function childrenNamed(element: XmlElement | undefined, uri: string, local: string): XmlElement[] {
  return element?.children.filter((child) => child.uri === uri && child.local === local) ?? [];
}

/** The first child of `element` that is `uri`'s `local`. */
export function childNamed(element: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  return element?.children.find((child) => child.uri === uri && child.local === local);
}
