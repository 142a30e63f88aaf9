/**
 * Writing XML needs no library for the few documents Crossdock sends: an element is its name, its
 * attributes and its content, and all text goes through `escaped`. Text a database or a partner gave
 * us may hold characters XML 1.0 cannot carry at all (NUL, most C0 controls): they are dropped, so
 * what is written is always well-formed.
 */

/** An element to write: text content, or child elements (undefined children are left out). */
export interface XmlNode {
  name: string;
  attributes?: Readonly<Record<string, string | undefined>>;
  content: string | readonly (XmlNode | undefined)[];
}

/** An element with text content; undefined when there is no text (so optional elements drop out). */
export function textElement(
  name: string,
  text: string | undefined,
  attributes?: Record<string, string | undefined>,
): XmlNode | undefined {
  return text === undefined || text === '' ? undefined : { name, content: text, ...(attributes ? { attributes } : {}) };
}

export function element(name: string, children: readonly (XmlNode | undefined)[]): XmlNode {
  return { name, content: children };
}

/** The document: the XML declaration, then the root element, indented two spaces a level. */
export function writeXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${written(root, '')}\n`;
}

function written(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escaped(value)}"`)
    .join('');
  if (typeof node.content === 'string')
    return `${indent}<${node.name}${attributes}>${escaped(node.content)}</${node.name}>`;
  const children = node.content.filter((child): child is XmlNode => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const inner = children.map((child) => written(child, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

// Characters XML 1.0 does not allow anywhere, even escaped: C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F.
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value. */
export function escaped(text: string): string {
  return text
    .replace(NOT_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
