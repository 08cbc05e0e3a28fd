/** An .xlsx file is a zip archive; zip archives start with `PK` followed by 3,4 / 5,6 / 7,8. */
export function looksLikeZip(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] < 9 && bytes[3] < 9;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An OLE2 compound file: an Excel 97–2003 .xls, or an .xlsx saved with a password to open (its
 * encrypted package is kept in one).
 */
export function looksLikeOle2(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes.length >= OLE2_MAGIC.length && OLE2_MAGIC.every((byte, i) => bytes[i] === byte);
}
