import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../../src/engine/check';
import { renderNotice } from '../../../src/engine/i18n';
import { decodeLegacySheet, detectLegacyEncoding, tcvn3ToUnicode, vniToUnicode } from '../../../src/engine/read/legacy-text';
import type { SheetGrid } from '../../../src/engine/types';
import { readWorkbook } from '../../../src/io/read-workbook';
import { gridOf } from '../grid';

/** Ministry of Finance, Mẫu số 06/CKTC-NSNN 2003: Sheet1 typed in TCVN3, "Sheet1 (2)" its Unicode copy. */
const mof2003 = () => readWorkbook(readFileSync(join(__dirname, '..', '..', 'fixtures', 'field', '12-mof-2003-tcvn3-ref-errors.xlsx')));

/** Every text cell, by address. */
function texts(grid: SheetGrid): Map<string, string> {
  const found = new Map<string, string>();
  grid.cells.forEach((row, r) => row?.forEach((cell, c) => typeof cell?.value === 'string' && found.set(`${r},${c}`, cell.value)));
  return found;
}

/** Budget-table words as officers type them, in Unicode. */
const UNICODE_SHEET = [
  ['STT', 'Nội dung', 'Tổng số', 'Trong đó: NSTW', 'Ghi chú'],
  ['I', 'Ngân sách địa phương', 10, 5, 'Đơn vị ư ơ đ Đ ạ ẫ'],
  ['1', 'Hoà Bình', 5, 2, 'Hà Giang, Cà Mau, Lào Cai'],
  ['2', 'Hội Liên hiệp Phụ nữ', 5, 3, 'Kinh phí sự nghiệp; Dự toán năm 2025'],
];

describe('legacy Vietnamese encodings', () => {
  describe('TCVN3 (ABC)', () => {
    it.each([
      ['Tæng sè', 'Tổng số'],
      ['Tr.®ã', 'Tr.đó'],
      ['dù to¸n thu, chi ng©n s¸ch n¨m 2003', 'dự toán thu, chi ngân sách năm 2003'],
      ['Bé Tµi chÝnh', 'Bộ Tài chính'],
      ['§¬n vÞ: TriÖu ®ång', 'Đơn vị: Triệu đồng'],
      ['trung ­¬ng', 'trung ương'],
      ['nguån vèn ®Þa bµn, H¶i phßng, tr­êng häc', 'nguồn vốn địa bàn, Hải phòng, trường học'],
      ['¡n, ¢u, £m, ¤ng, ¥n, ¦u', 'Ăn, Âu, Êm, Ông, Ơn, Ưu'],
      // Caps Lock in an upper-case (…H) font: the whole word is capitals, as the font drew it.
      ['TæNG CéNG', 'TỔNG CỘNG'],
    ])('%s → %s', (legacy, unicode) => {
      expect(tcvn3ToUnicode(legacy)).toBe(unicode);
      expect(tcvn3ToUnicode(legacy)).toBe(unicode.normalize('NFC'));
    });
  });

  describe('VNI Windows', () => {
    it.each([
      ['Toång soá', 'Tổng số'],
      ['Ñôn vò tính: trieäu ñoàng', 'Đơn vị tính: triệu đồng'],
      ['Ngaân saùch trung öông, ñòa phöông', 'Ngân sách trung ương, địa phương'],
      ['Nguoàn voán naêm 2017', 'Nguồn vốn năm 2017'],
      ['Döï toaùn, quyeát toaùn', 'Dự toán, quyết toán'],
      ['ôû, ôï, ÔÛ, ÖÙ, aé, aú, yû, yõ, î', 'ở, ợ, Ở, Ứ, ắ, ẳ, ỷ, ỹ, ỵ'],
      ['TOÅNG COÄNG', 'TỔNG CỘNG'],
    ])('%s → %s', (legacy, unicode) => {
      expect(vniToUnicode(legacy)).toBe(unicode);
    });
  });

  describe('detection by the text itself', () => {
    it('tells TCVN3 from VNI', () => {
      expect(detectLegacyEncoding(['Tæng sè', 'Tr.®ã', 'n¨m 2003', 'Bé Tµi chÝnh'])).toBe('tcvn3');
      expect(detectLegacyEncoding(['Toång soá', 'Ñôn vò tính: trieäu ñoàng', 'Nguoàn voán'])).toBe('vni');
    });

    it('never takes Unicode Vietnamese, English or a stray symbol for legacy text', () => {
      expect(detectLegacyEncoding(UNICODE_SHEET.flat().filter((v): v is string => typeof v === 'string'))).toBeUndefined();
      expect(detectLegacyEncoding(['Total', 'Central budget', 'Local budget', 'Société © 2003 · Straße'])).toBeUndefined();
      // Unicode words that read like legacy pairs (`oà`, `oá`): still Unicode.
      expect(detectLegacyEncoding(['Hoà Bình', 'Thanh Hoá', 'Khánh Hoà', 'toán', 'ngoài'])).toBeUndefined();
    });

    it('returns a Unicode sheet untouched: the same grid, no encoding', () => {
      const grid = gridOf(UNICODE_SHEET);
      expect(decodeLegacySheet(grid)).toEqual({ grid, converted: 0 });
      expect(decodeLegacySheet(grid).grid).toBe(grid);
    });

    it('converts a legacy sheet’s text, leaving numbers, formulas and Unicode notes alone', () => {
      const grid = gridOf([
        ['STT', 'Néi dung', 'Tæng sè', 'Tr.®ã: NSTW', 'Ghi chó'],
        ['1', 'Kinh phÝ sù nghiÖp', 10, { value: 4, formula: 'IF(1,4,"Tæng")' }, 'Ghi chú bằng Unicode'],
      ]);
      const result = decodeLegacySheet(grid);
      expect(result.encoding).toBe('tcvn3');
      expect(result.converted).toBe(5);
      expect(result.grid.cells[0]).toEqual([
        { value: 'STT' }, { value: 'Nội dung' }, { value: 'Tổng số' }, { value: 'Tr.đó: NSTW' }, { value: 'Ghi chú' },
      ]);
      expect(result.grid.cells[1][1]).toEqual({ value: 'Kinh phí sự nghiệp' });
      expect(result.grid.cells[1][3]).toEqual({ value: 4, formula: 'IF(1,4,"Tæng")' });
      expect(result.grid.cells[1][4]).toBe(grid.cells[1][4]);
      // The officer's grid is not modified.
      expect(grid.cells[0][2]).toEqual({ value: 'Tæng sè' });
    });
  });

  it('checks a budget table typed in VNI as its Unicode twin: same tables, same findings, one notice', () => {
    const table = (t: (unicode: string, vni: string) => string) => [
      ['KINH PHÍ THỰC HIỆN KẾ HOẠCH', 'KINH PHÍ THÖÏC HIEÄN KEÁ HOAÏCH'],
      ['Đơn vị tính: triệu đồng', 'Ñôn vò tính: trieäu ñoàng'],
    ].map(([u, v]) => [t(u, v)] as (string | number | null)[]).concat([
      ['TT', t('Nội dung', 'Noäi dung'), t('Năm 2021', 'Naêm 2021'), null, t('Năm 2022', 'Naêm 2022'), null, t('Tổng giai đoạn', 'Toång giai ñoaïn'), null],
      [null, null, 'NSTW', t('NSĐP', 'NSÑP'), 'NSTW', t('NSĐP', 'NSÑP'), 'NSTW', t('NSĐP', 'NSÑP')],
      ['I', t('Dự án 1', 'Döï aùn 1'), 100, 50, 120, 60, 220, 110],
      ['1', t('Tiểu dự án 1', 'Tieåu döï aùn 1'), 60, 20, 70, 30, 130, 50],
      ['2', t('Tiểu dự án 2', 'Tieåu döï aùn 2'), 40, 30, 50, 30, 90, 60],
      ['II', t('Dự án 2', 'Döï aùn 2'), 10, 5, 10, 5, 20, 10],
      [null, t('Tổng cộng', 'Toång coäng'), 110, 55, 130, 65, 250, 120],
    ]);
    const merges = ['C3:D3', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4'];
    const unicode = checkSheet(gridOf(table((u) => u), { merges }));
    const vni = checkSheet(gridOf(table((_u, v) => v), { merges }));
    expect(vni.notices.map((n) => [n.messageId, n.params.encoding])).toEqual([['legacyEncoding', 'VNI (VNI-Times)']]);
    expect(unicode.notices).toEqual([]);
    expect(vni.tables).toEqual(unicode.tables);
    expect(unicode.findings.map((f) => f.cell)).toContain('G9');
    expect(vni.findings).toEqual(unicode.findings);
  });

  describe('the Ministry of Finance’s 2003 workbook', () => {
    it('reads Sheet1 (TCVN3) as its Unicode copy reads: every text cell, up to the case an upper-case font drew', async () => {
      const [legacy, unicode] = await mof2003();
      const decoded = decodeLegacySheet(legacy);
      expect(decoded.encoding).toBe('tcvn3');
      expect(decodeLegacySheet(unicode)).toEqual({ grid: unicode, converted: 0 });
      const want = texts(unicode);
      const got = texts(decoded.grid);
      expect([...got.keys()]).toEqual([...want.keys()]);
      for (const [at, text] of got) expect([at, text.toLocaleUpperCase('vi')]).toEqual([at, want.get(at)!.toLocaleUpperCase('vi')]);
      expect(got.get('15,1')).toBe('Tổng số');
      expect(got.get('8,6')).toBe('Tr.đó: chi c.trình');
    });

    it('finds the same tables in Sheet1 as in its Unicode copy, and says the text was converted', async () => {
      const [legacy, unicode] = await mof2003();
      const report = checkSheet(legacy);
      const notice = report.notices.find((n) => n.messageId === 'legacyEncoding')!;
      expect(notice.params).toEqual({ encoding: 'TCVN3 (ABC: .VnTime, .VnArial)', count: 95 });
      expect(renderNotice(notice, 'vi')).toContain('bảng mã cũ TCVN3');
      expect(report.notices.map((n) => n.messageId)).not.toContain('noTable');
      expect(report.tables.map((t) => t.range)).toEqual(checkSheet(unicode).tables.map((t) => t.range));
      expect(checkSheet(unicode).notices).toEqual([]);
    });
  });
});
