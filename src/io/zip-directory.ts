import { strFromU8 } from 'fflate';

/** One part of a zip package as its central directory lists it (APPNOTE.TXT 6.3, §4.3.12). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  /** General purpose flags: bit 0 says the part is encrypted. */
  flags: number;
  /** Bytes of the part in the file, and once inflated, as the directory declares them. */
  compressedSize: number;
  size: number;
  /** Offset of the part's local header in the file. */
  headerOffset: number;
}

const END = 0x06054b50;
const END64_LOCATOR = 0x07064b50;
const END64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/**
 * Reads a zip's central directory without inflating anything: every entry's name, method, sizes and
 * where its data is. ZIP64 sizes and offsets are read; everything is checked to lie inside the file.
 * fflate (which inflates the parts) has no call that gives an entry's offset, and its streaming
 * unzip looks for the end of each part written with a data descriptor byte by byte.
 * Throws Error (a plain one: the zip guard words it) when the directory is missing or broken.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number) => {
    if (offset < 0 || offset + length > bytes.length) throw new Error('the zip directory points outside the file');
    return offset;
  };
  const u16 = (offset: number) => view.getUint16(at(offset, 2), true);
  const u32 = (offset: number) => view.getUint32(at(offset, 4), true);
  const u64 = (offset: number) => u32(offset) + u32(offset + 4) * 2 ** 32;

  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && view.getUint32(end, true) !== END) end--;
  if (end < 0 || end < bytes.length - 22 - 0xffff) throw new Error('no zip directory found');
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === MAX32) && end >= 20 && u32(end - 20) === END64_LOCATOR) {
    const end64 = u64(end - 12);
    if (u32(end64) !== END64) throw new Error('the ZIP64 directory record is missing');
    count = u64(end64 + 32);
    offset = u64(end64 + 48);
  }

  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(offset) !== CENTRAL) throw new Error('the zip directory is broken');
    const flags = u16(offset + 8);
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const name = strFromU8(bytes.subarray(at(offset + 46, nameLength), offset + 46 + nameLength), !(flags & 0x800));
    let compressedSize = u32(offset + 20);
    let size = u32(offset + 24);
    let headerOffset = u32(offset + 42);
    if (size === MAX32 || compressedSize === MAX32 || headerOffset === MAX32) {
      // ZIP64 extended information (§4.5.3): the 8-byte values of the fields at 0xFFFFFFFF, in this order.
      const extra = zip64Extra(u16, offset + 46 + nameLength, extraLength);
      let field = extra;
      if (size === MAX32) (size = u64(field)), (field += 8);
      if (compressedSize === MAX32) (compressedSize = u64(field)), (field += 8);
      if (headerOffset === MAX32) headerOffset = u64(field);
    }
    entries.push({ name, method: u16(offset + 10), flags, compressedSize, size, headerOffset });
    offset += 46 + nameLength + extraLength + u16(offset + 32);
  }
  return entries;
}

function zip64Extra(u16: (offset: number) => number, start: number, length: number): number {
  for (let field = start; field + 4 <= start + length; field += 4 + u16(field + 2)) {
    if (u16(field) === 0x0001) return field + 4;
  }
  throw new Error('a ZIP64 size is missing from the zip directory');
}

/**
 * The compressed bytes of `entry` (a view, not a copy), after its local header.
 * Throws Error when the local header is missing or the data runs past the end of the file.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.headerOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL) throw new Error(`the local header of ${entry.name} is missing`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}
