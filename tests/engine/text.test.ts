import { fold, foldedIncludes, foldedPieces, hasPhrase } from '../../src/engine/text';

/** Folding by its definition through NFD: đ/Đ by hand, marks dropped, lower case, single spaces. */
function foldByNfd(text: string): string {
  return text
    .replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('fold', () => {
  it('drops diacritics, lower-cases and joins white space', () => {
    expect(fold('  TỔNG  THU\u00a0NSNN\tTRÊN\nĐỊA BÀN ')).toBe('tong thu nsnn tren dia ban');
    expect(fold('Đơn vị tính: triệu đồng')).toBe('don vi tinh: trieu dong');
    expect(fold('Hoạt động 1.2')).toBe('hoat dong 1.2');
    // Combining marks typed after the letter (decomposed text) fold the same as precomposed letters.
    expect(fold('Tô\u0309ng cô\u0323ng')).toBe('tong cong');
    expect(fold('already folded')).toBe('already folded');
  });

  it('folds a paragraph longer than its shared buffer whole', () => {
    const paragraph = 'Tổng  Cộng Dự Án Ngân sách Trung ương '.repeat(600);
    expect(paragraph.length).toBeGreaterThan(8192);
    expect(fold(paragraph)).toBe(foldByNfd(paragraph));
  });

  it('folds every Vietnamese text as the NFD definition does, character by character or not', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY';
    const marks = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const others = [' ', '  ', '\t', '\u00a0', '1', '.', ',', ':', '(', ')', '%', '-', '/'];
    let state = 2026;
    const next = (n: number) => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return Math.floor((state / 2 ** 32) * n);
    };
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let length = next(24); length > 0; length--) {
        text += next(4) === 0 ? others[next(others.length)] : (letters[next(letters.length)] + marks[next(marks.length)]).normalize(next(2) ? 'NFC' : 'NFD');
      }
      expect(fold(text)).toBe(foldByNfd(text));
    }
  });

  it('folds text outside the Latin letters by the same definition', () => {
    expect(fold('Σ Ελλάδα  Ỹ')).toBe('σ ελλάδα y');
    expect(hasPhrase(fold('Kinh phí (triệu đồng)'), ['trieu dong'])).toBe(true);
  });

  it('finds folded phrases in a text as fold(text).includes does, without folding it to a string', () => {
    const whole = foldedPieces(['tong so', 'of all']);
    expect(foldedIncludes('Trong  TỔNG SỐ người', whole)).toBe(true);
    expect(foldedIncludes('To\u0302\u0301ng so\u0302\u0301', whole)).toBe(true); // marks written apart (NFD) drop too
    expect(foldedIncludes('Tổng số', whole)).toBe(true);
    expect(foldedIncludes('Tỷ lệ nữ', whole)).toBe(false);
    expect(foldedIncludes('Σ of all', whole)).toBe(true);
    const pieces = ['tong so', 'of all', 'đ', 'σ'];
    const found = foldedPieces(pieces);
    const alphabet = ['t', 'o', 'n', 'g', ' ', '  ', 's', 'ổ', 'ố', 'Ô', 'f', 'a', 'l', 'Đ', 'Σ', '\u0301', '\t'];
    let state = 7;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let length = i % 20; length > 0; length--) {
        state = (state * 1664525 + 1013904223) >>> 0;
        text += alphabet[state % alphabet.length];
      }
      expect(foldedIncludes(text, found)).toBe(pieces.some((piece) => fold(text).includes(piece)));
    }
  });
});
