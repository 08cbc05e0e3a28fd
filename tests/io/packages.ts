/**
 * Hand-written .xlsx packages for cases no writing library produces on purpose: the `x:`-prefixed XML
 * of the Open XML SDK, a formula without a saved result as openpyxl writes it, charts, lying zip
 * directories. Built with fflate, so each stays a few kilobytes on disk.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageOptions {
  /** Namespace prefix for SpreadsheetML elements, e.g. `x` as the Open XML SDK writes them. */
  prefix?: string;
  sheetName?: string;
  /** Extra parts (path → XML text), e.g. a chart. */
  parts?: Record<string, string>;
  /** Extra relationships of the sheet (`<Relationship …/>` elements). */
  sheetRels?: string;
  /** Extra `<Override …/>` content types. */
  contentTypes?: string;
}

/** An .xlsx whose one sheet has `sheetData` (the inside of `<sheetData>`) and `afterData` (merges…). */
export function xlsxPackage(sheetData: string, afterData = '', options: PackageOptions = {}): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (options.contentTypes ?? '') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="${options.sheetName ?? 'S'}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${sheetData}</${p}sheetData>${afterData}</${p}worksheet>`,
    ...(options.parts ?? {}),
  };
  if (options.sheetRels) {
    files['xl/worksheets/_rels/sheet1.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.sheetRels}</Relationships>`;
  }
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = strToU8(text);
  return zipSync(zippable);
}

/** Rows of `<c>` elements: `rows([[1, 2], [3, '=SUM(A1:B1)']])`; a formula gets no saved result. */
export function rows(values: (number | string | null)[][], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  return values
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (value === null) return '';
          if (typeof value === 'number') return `<${p}c r="${ref}"><${p}v>${value}</${p}v></${p}c>`;
          // openpyxl writes a formula with an empty <v/>: no saved result.
          if (value.startsWith('=')) return `<${p}c r="${ref}"><${p}f>${value.slice(1)}</${p}f><${p}v></${p}v></${p}c>`;
          return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${value}</${p}t></${p}is></${p}c>`;
        })
        .join('');
      return `<${p}row r="${r + 1}">${cells}</${p}row>`;
    })
    .join('');
}

/** The package's parts, edited by `edit`, zipped again. */
export function editPackage(bytes: Uint8Array, edit: (parts: Record<string, string>) => void): Uint8Array {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) parts[path] = strFromU8(data);
  edit(parts);
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(parts)) zippable[path] = strToU8(text);
  return zipSync(zippable);
}

/**
 * Rewrites the uncompressed size that the zip's central directory (and local header) declares for
 * `part`: a lying directory, as a hostile file may carry.
 */
export function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    const central = signature === 0x02014b50;
    const local = signature === 0x04034b50;
    if (!central && !local) continue;
    const nameAt = at + (central ? 46 : 30);
    const nameLength = view.getUint16(at + (central ? 28 : 26), true);
    if (nameLength !== name.length || !name.every((byte, i) => out[nameAt + i] === byte)) continue;
    view.setUint32(at + (central ? 24 : 22), size, true);
  }
  return out;
}

/**
 * The same package with a ZIP64 directory (APPNOTE 4.3.14–4.3.15, 4.5.3), as writers of large or
 * streamed packages leave it: every entry's sizes and offset at 0xFFFFFFFF with their 8-byte values in
 * an extra field, and the entry count and directory offset in a ZIP64 end record.
 */
export function zip64Directory(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  const records: number[] = [];
  const u16 = (value: number) => records.push(value & 0xff, value >>> 8);
  const u32 = (value: number) => records.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24);
  const u64 = (value: number) => (u32(value), u32(0));
  for (let i = 0, at = start; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const skipped = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    records.push(...bytes.subarray(at, at + 20));
    u32(0xffffffff), u32(0xffffffff), u16(nameLength), u16(28), u16(0);
    records.push(...bytes.subarray(at + 34, at + 42));
    u32(0xffffffff);
    records.push(...bytes.subarray(at + 46, at + 46 + nameLength));
    u16(1), u16(24), u64(view.getUint32(at + 24, true)), u64(view.getUint32(at + 20, true)), u64(view.getUint32(at + 42, true));
    at += 46 + nameLength + skipped;
  }
  const size = records.length;
  const end64 = start + size;
  u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(size), u64(start);
  u32(0x07064b50), u32(0), u64(end64), u32(1);
  u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0);
  const out = new Uint8Array(start + records.length);
  out.set(bytes.subarray(0, start));
  out.set(records, start);
  return out;
}
