import { describe, expect, it } from 'vitest';
import { CsvFormatError, readCsvRecords, type CsvRecord } from './read-csv';

/** Reads `text` delivered in chunks of `size` characters (or as bytes), as a file stream would. */
async function read(text: string | Buffer, size = Number.POSITIVE_INFINITY): Promise<CsvRecord[]> {
  const chunks: (string | Buffer)[] = [];
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, Math.min(text.length, at + size)));
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(
    (async function* () {
      yield* chunks;
    })(),
  ))
    records.push(record);
  return records;
}

describe('reading CSV', () => {
  it('reads plain records with the line each starts on', async () => {
    expect(await read('sku,description\nHXB-001,Hex bolt\nHXB-002,Hex nut\n')).toEqual([
      { line: 1, fields: ['sku', 'description'] },
      { line: 2, fields: ['HXB-001', 'Hex bolt'] },
      { line: 3, fields: ['HXB-002', 'Hex nut'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts the lines they span', async () => {
    const text =
      'sku,description\n"HXB-001","Bolt, hex ""heavy"" grade"\nHXB-002,"Two\nline\r\ndescription"\nHXB-003,after\n';

    expect(await read(text)).toEqual([
      { line: 1, fields: ['sku', 'description'] },
      { line: 2, fields: ['HXB-001', 'Bolt, hex "heavy" grade'] },
      { line: 3, fields: ['HXB-002', 'Two\nline\r\ndescription'] },
      { line: 6, fields: ['HXB-003', 'after'] },
    ]);
  });

  it('takes CRLF, LF and CR line ends, a byte-order mark, blank lines, and a last line without a line end', async () => {
    const text = '\uFEFFa,b\r\n1,2\r\n\r\n3,4\r5,6\n\n7,8';

    expect(await read(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
      { line: 5, fields: ['5', '6'] },
      { line: 7, fields: ['7', '8'] },
    ]);
  });

  it('keeps empty fields, leading and trailing blanks, and a trailing empty field', async () => {
    expect(await read('a,,c, d ,\n"",x,""\n')).toEqual([
      { line: 1, fields: ['a', '', 'c', ' d ', ''] },
      { line: 2, fields: ['', 'x', ''] },
    ]);
  });

  it('takes a stray quote inside an unquoted field as it is, as spreadsheets write it', async () => {
    expect(await read('12" pipe,"ok"tail,a"b"c\n')).toEqual([{ line: 1, fields: ['12" pipe', 'oktail', 'a"b"c'] }]);
  });

  it('gives the same records whatever the chunk edges cut: a CRLF, a doubled quote, a quote at the end of a chunk', async () => {
    const text = 'sku,"desc ""quoted"", with comma"\r\n"A","multi\r\nline"\r\nB,"end"\r\n';
    const whole = await read(text);

    for (const size of [1, 2, 3, 5, 7]) expect(await read(text, size)).toEqual(whole);
    expect(whole).toEqual([
      { line: 1, fields: ['sku', 'desc "quoted", with comma'] },
      { line: 2, fields: ['A', 'multi\r\nline'] },
      { line: 4, fields: ['B', 'end'] },
    ]);
  });

  it('decodes UTF-8 split between byte chunks, BOM included', async () => {
    const bytes = Buffer.from('\uFEFFsku,description\nGLV-002,Gants nitrile — taille L\n', 'utf8');

    expect(await read(bytes, 1)).toEqual([
      { line: 1, fields: ['sku', 'description'] },
      { line: 2, fields: ['GLV-002', 'Gants nitrile — taille L'] },
    ]);
  });

  it('refuses a quoted field that is never closed, naming the line it starts on', async () => {
    await expect(read('a,b\n1,"open\n2,3\n')).rejects.toThrow(CsvFormatError);
    await expect(read('a,b\n1,"open\n2,3\n')).rejects.toThrow('A quoted field that starts on line 2 is never closed.');
  });

  it('reads an empty file as no records', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\uFEFF\n\n')).toEqual([]);
  });
});
