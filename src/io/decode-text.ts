/** Bytes looked at to tell UTF-16 without a byte-order mark from binary data. */
const PROBE = 4096;

/**
 * Decodes a text table's bytes, or returns undefined when they are not text (a binary file).
 * - A byte-order mark decides: UTF-8, UTF-16LE (Excel's "Unicode Text" export, tab separated) or UTF-16BE.
 * - Without one, UTF-16 is recognised by its NUL bytes on every other position (ASCII in UTF-16).
 * - Otherwise UTF-8 if the bytes are valid UTF-8, else Windows-1258 (what a Vietnamese-locale Excel
 *   writes for "CSV"; WHATWG TextDecoder has it in Node and every browser).
 * Any other NUL byte means binary. The result carries no byte-order mark and is in Unicode NFC:
 * Windows-1258 writes most tone marks as combining characters (`ô` + U+0309 for `ổ`), and a table's
 * words (`Tổng`, `Cộng`) must read the same whichever way the file spelled them.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  return decode(bytes)?.normalize('NFC');
}

function decode(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3)) ?? undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sniffed = utf16WithoutMark(bytes.subarray(0, PROBE));
  if (sniffed) return new TextDecoder(sniffed).decode(bytes);
  if (bytes.subarray(0, PROBE).includes(0)) return undefined;
  return utf8(bytes) ?? new TextDecoder('windows-1258').decode(bytes);
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 text of mostly ASCII has NUL as every high byte and (almost) no other NUL. */
function utf16WithoutMark(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.5 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.5 && oddNul === 0) return 'utf-16be';
  return undefined;
}
