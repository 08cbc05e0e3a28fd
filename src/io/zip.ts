/** An .xlsx file is a zip archive; zip archives start with `PK` followed by 3,4 / 5,6 / 7,8. */
export function looksLikeZip(data: ArrayBuffer | Uint8Array): boolean {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] < 9 && bytes[3] < 9;
}
