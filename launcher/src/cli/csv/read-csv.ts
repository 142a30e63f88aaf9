/**
 * A streaming CSV reader (RFC 4180, with the leniencies spreadsheets need): fields separated by
 * commas, quoted fields holding commas, doubled quotes and line breaks, CRLF, LF or CR line ends, a
 * UTF-8 byte-order mark, blank lines skipped. Each record comes with the line of the file it starts
 * on, so a report can point at it. Chunks are read as they come: a file of any size never sits in
 * memory whole.
 */

export interface CsvRecord {
  /** The file line the record starts on (1-based); a quoted line break makes a record span lines. */
  line: number;
  fields: string[];
}

/** The file is not CSV this reader can make sense of (a quote never closed). */
export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Records of a CSV text arriving in chunks (a file stream with its encoding set to UTF-8, or strings). */
export async function* readCsvRecords(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    // TextDecoder in stream mode keeps a character cut between two chunks whole.
    yield* parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* parser.push(decoder.decode());
  yield* parser.end();
}

/** The parser's state between chunks: where in a field or record the last chunk stopped. */
class CsvParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote was read inside a quoted field: the next character says whether it was doubled. */
  private quotePending = false;
  /** The previous chunk ended on a CR: a LF starting this one belongs to the same line end. */
  private crPending = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private fieldQuoted = false;

  *push(text: string): Generator<CsvRecord> {
    let at = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BYTE_ORDER_MARK)) at = 1;
    }
    while (at < text.length) {
      const char = text[at]!;
      if (this.crPending) {
        this.crPending = false;
        if (char === '\n') {
          at += 1;
          continue;
        }
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (char === '"') {
          this.field += '"';
          at += 1;
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        at = this.readQuoted(text, at);
        continue;
      }
      if (char === ',') {
        this.endField();
        at += 1;
      } else if (char === '\n' || char === '\r') {
        const record = this.endRecord();
        this.line += 1;
        this.crPending = char === '\r';
        if (record) yield record;
        at += 1;
      } else if (char === '"' && this.field === '' && !this.fieldQuoted) {
        this.inQuotes = true;
        this.fieldQuoted = true;
        at += 1;
      } else {
        // Plain text up to the next comma, line end or quote, taken in one slice.
        let end = at + 1;
        while (end < text.length && !',\r\n"'.includes(text[end]!)) end += 1;
        // A quote inside an unquoted field is taken as it is, as spreadsheets write it.
        if (end === at + 1 && char === '"') this.field += char;
        else this.field += text.slice(at, end);
        at = end;
      }
    }
  }

  *end(): Generator<CsvRecord> {
    if (this.inQuotes && !this.quotePending)
      throw new CsvFormatError(`A quoted field that starts on line ${this.recordLine} is never closed.`);
    this.quotePending = false;
    this.inQuotes = false;
    const record = this.endRecord();
    if (record) yield record;
  }

  /** Reads inside a quoted field up to its closing quote (or the chunk's end); line breaks are kept. */
  private readQuoted(text: string, from: number): number {
    const quote = text.indexOf('"', from);
    const end = quote < 0 ? text.length : quote;
    const part = text.slice(from, end);
    this.line += countLineEnds(part, this.field.endsWith('\r'));
    this.field += part;
    if (quote >= 0) this.quotePending = true;
    return quote < 0 ? text.length : quote + 1;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.fieldQuoted = false;
  }

  /** The record that ends here, or undefined for a blank line. */
  private endRecord(): CsvRecord | undefined {
    this.endField();
    const fields = this.fields;
    const line = this.recordLine;
    this.fields = [];
    this.recordLine = this.line + 1;
    if (fields.length === 1 && fields[0] === '') return undefined;
    return { line, fields };
  }
}

/** Line ends in quoted text: CRLF, LF and CR each count once (a CRLF split by a chunk edge too). */
function countLineEnds(text: string, previousWasCr: boolean): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\r') count += 1;
    else if (char === '\n' && !(index === 0 ? previousWasCr : text[index - 1] === '\r')) count += 1;
  }
  return count;
}
