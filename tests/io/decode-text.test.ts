import { decodeText } from '../../src/io';

const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), true);
  return bytes;
};

describe('decodeText', () => {
  const table = 'TT\tNội dung\tSố tiền\r\n1\tTập huấn\t1.040\r\n';

  it('reads Excel’s “Unicode Text” export: UTF-16LE with a byte-order mark, tab separated', () => {
    expect(decodeText(utf16le(table))).toBe(table);
  });

  it('reads UTF-16 without a byte-order mark, and UTF-16BE with one', () => {
    expect(decodeText(utf16le(table, false))).toBe(table);
    const le = utf16le(table, false);
    const be = new Uint8Array(le.length + 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1], le[i]], 2 + i);
    expect(decodeText(be)).toBe(table);
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(table);
    expect(decodeText(bytes)).toBe(table);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe(table);
  });

  it('reads Windows-1258 (a Vietnamese-locale Excel’s CSV) when the bytes are not UTF-8, composed to NFC', () => {
    // "Tổng" in Windows-1258: T, o + combining hook above (0xD2), ^ precomposed as ô (0xF4)...
    const bytes = Uint8Array.from([0x54, 0xf4, 0xd2, 0x6e, 0x67, 0x3b, 0x31]);
    expect(decodeText(bytes)).toBe('Tổng;1');
  });

  it('gives undefined for binary data', () => {
    expect(decodeText(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))).toBeUndefined();
  });
});
