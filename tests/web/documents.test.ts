/** The page's file opening: the same readers as the CLI, run on the bytes the browser hands over. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CFB } from '@e965/xlsx';
import { fixDocument, NotAWorkbookError, openDocument, UnreadableWorkbookError } from '../../src/web/documents';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));

describe('opening a file in the page', () => {
  it('opens an Excel 97–2003 .xls, and fixes it into a new .xlsx', async () => {
    const document = await openDocument('du-toan-2004.xls', fixture('mof-plan-2004.xls'));
    expect(document.kind).toBe('xls');
    expect(document.current.bytes).toBeUndefined();
    expect(document.current.sheets[0].cells[9][1]?.value).toBe('QUẢNG NINH');
    const { document: fixed } = await fixDocument(document, [{ sheet: 'Sheet1', cell: 'C10', value: '3596881' }]);
    expect(fixed.current.sheets[0].cells[9][2]?.value).toBe(3596881);
    expect(Array.from(fixed.current.bytes?.subarray(0, 2) ?? [])).toEqual([0x50, 0x4b]);
  });

  it('reads a Windows-1258 CSV right (it was garbled through UTF-8)', async () => {
    // "Cộng;1.130": ộ is o + circumflex (ô, 0xF4) + combining dot below (0xF2) in Windows-1258.
    const bytes = Uint8Array.from([0x43, 0xf4, 0xf2, 0x6e, 0x67, 0x3b, 0x31, 0x2e, 0x31, 0x33, 0x30]);
    const document = await openDocument('kinh-phi.csv', bytes);
    expect(document.current.sheets[0].cells[0][0]?.value).toBe('Cộng');
    expect(document.current.sheets[0].cells[0][1]?.value).toBe('1.130');
  });

  it('reads Excel’s “Unicode Text” (.txt, UTF-16LE)', async () => {
    const text = 'TT\tNội dung\r\n1\tTập huấn\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const document = await openDocument('bang.txt', bytes);
    expect(document.current.sheets[0].cells[1][1]?.value).toBe('Tập huấn');
  });

  it('tells an encrypted workbook from a damaged one and from a file that is no workbook', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(2048));
    const encrypted = new Uint8Array(CFB.write(container, { type: 'array' }) as unknown as ArrayBuffer);
    await expect(openDocument('mat-khau.xlsx', encrypted)).rejects.toMatchObject({ reason: 'encrypted' });
    const damaged = fixture('quang-ninh-2012-2015-kinh-phi.xlsx').slice(0, 3000);
    const error = await openDocument('hong.xlsx', damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as UnreadableWorkbookError).reason).toBe('damaged');
    await expect(openDocument('anh.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).rejects.toBeInstanceOf(NotAWorkbookError);
  });
});
