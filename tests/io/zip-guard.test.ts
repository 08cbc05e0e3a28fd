import { strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook, READ_LIMITS, UnreadableInputError } from '../../src/io';
import { guardZip, TagCounter } from '../../src/io/zip-guard';
import { declareSize, rows, xlsxPackage, zip64Directory } from './packages';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A sheet of `count` cells, `prefix`-qualified, with one merged area per row: hundreds of kilobytes of XML, inflated in many chunks. */
function bigPackage(count: number, prefix = ''): Uint8Array {
  const p = prefix ? `${prefix}:` : '';
  const values = Array.from({ length: count / 2 }, (_, r) => [r, r * 1.5]);
  const merges = Array.from({ length: count / 2 }, (_, r) => `<${p}mergeCell ref="C${r + 1}:D${r + 1}"/>`).join('');
  return xlsxPackage(rows(values, prefix), `<${p}mergeCells count="${count / 2}">${merges}</${p}mergeCells>`, { prefix });
}

describe('the zip guard', () => {
  it('hands back every part inflated, byte for byte, in the package’s order', () => {
    const bytes = bigPackage(2000);
    const { parts } = guardZip(bytes);
    const expected = unzipSync(bytes);
    expect([...parts.keys()]).toEqual(Object.keys(expected));
    for (const [name, data] of parts) expect(Buffer.from(data).equals(Buffer.from(expected[name]))).toBe(true);
  });

  it.each(['', 'x'])('counts every cell and merged area exactly, across inflated chunks (prefix “%s”)', (prefix) => {
    const bytes = bigPackage(20_000, prefix);
    expect(unzipSync(bytes)[SHEET].length).toBeGreaterThan(2 ** 18);
    const census = guardZip(bytes);
    expect(census.cells).toBe(20_000);
    expect(census.merges).toBe(10_000);
    expect(() => guardZip(bytes, { ...READ_LIMITS, cells: 19_999 })).toThrow(/cells \(20000 > 19999\)/);
    expect(() => guardZip(bytes, { ...READ_LIMITS, merges: 9_999 })).toThrow(/merges \(10000 > 9999\)/);
  });

  it.each([1, 2, 3, 5, 7, 4096])('counts tags cut across chunks of %i bytes', (size) => {
    const xml = new TextEncoder().encode(
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c\tr="B1"/><c/><x:mergeCells><x:mergeCell ref="A1:B1"/><mergeCell\nref="C1:D1"/></x:mergeCells></x:row>',
    );
    const counter = new TagCounter();
    for (let at = 0; at < xml.length; at += size) counter.scan(xml.subarray(at, at + size));
    expect([counter.cells, counter.merges]).toEqual([3, 2]);
  });

  it('does not count tags that only start like a cell or a merged area', () => {
    const sheet = '<row r="1"><c r="A1"><v>1</v></c><col min="1"/><cx/><mergeCells/><mergeCellX/></row>';
    const census = guardZip(xlsxPackage(sheet));
    expect(census.cells).toBe(1);
    expect(census.merges).toBe(0);
  });

  it.each([
    ['smaller', -7],
    ['larger', 7],
  ])('says “damaged” when a part inflates to a size other than its directory declares (%s), within every limit', async (_which, delta) => {
    const base = xlsxPackage(rows([[1, 2], [3, 4]]));
    const actual = unzipSync(base)[SHEET].length;
    const lying = declareSize(base, SHEET, actual + delta);
    await expect(readWorkbook(lying)).rejects.toMatchObject({ reason: 'damaged' });
    expect(() => guardZip(lying)).toThrow(UnreadableInputError);
  });

  it('reads packages whose parts are stored, not deflated', async () => {
    const parts = unzipSync(xlsxPackage(rows([[1, '=A1*2']])));
    const stored = zipSync(parts, { level: 0 });
    const [grid] = await readWorkbook(stored);
    expect(grid.cells[0][0]).toEqual({ value: 1 });
    expect(grid.cells[0][1]).toEqual({ value: 2, formula: 'A1*2' });
    expect(guardZip(stored).parts.get(SHEET)).toEqual(parts[SHEET]);
  });

  it('reads a package whose directory is followed by a comment', async () => {
    const bytes = xlsxPackage(rows([[1]]));
    const commented = new Uint8Array(bytes.length + 5);
    commented.set(bytes);
    commented.set(strToU8('hello'), bytes.length);
    new DataView(commented.buffer).setUint16(bytes.length - 2, 5, true);
    expect((await readWorkbook(commented))[0].cells[0][0]).toEqual({ value: 1 });
  });

  it('reads a package whose directory is ZIP64, sizes and offsets in extra fields', async () => {
    const bytes = xlsxPackage(rows([[1, '=A1*2']]));
    const zip64 = zip64Directory(bytes);
    expect(zip64).not.toEqual(bytes);
    const { parts } = guardZip(zip64);
    expect(Buffer.from(parts.get(SHEET)!).equals(Buffer.from(unzipSync(bytes)[SHEET]))).toBe(true);
    expect((await readWorkbook(zip64))[0].cells[0]).toEqual([{ value: 1 }, { value: 2, formula: 'A1*2' }]);
  });

  it('says “damaged” for a package cut short, or listing one part twice', async () => {
    const bytes = xlsxPackage(rows([[1]]), '', { parts: { 'xl/worksheets/sheet2.xml': '<worksheet/>' } });
    await expect(readWorkbook(bytes.subarray(0, bytes.length - 30))).rejects.toMatchObject({ reason: 'damaged' });
    await expect(readWorkbook(bytes.subarray(0, bytes.length / 2))).rejects.toMatchObject({ reason: 'damaged' });
    const twice = renamePart(bytes, 'xl/worksheets/sheet2.xml', SHEET);
    expect(() => guardZip(twice)).toThrow(/listed twice/);
  });
});

/** Renames a part in the local header and the directory (names of one length), as a hostile file may. */
function renamePart(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [a, b] = [strToU8(from), strToU8(to)];
  for (let at = 0; at + a.length <= out.length; at++) {
    if (a.every((byte, i) => out[at + i] === byte)) out.set(b, at);
  }
  return out;
}
