import fc from 'fast-check';
import { endsWithOfWhich, isRatioLabel, leadsOfWhich, mayEndWithOfWhich, noteKind } from '../../src/engine/detect/keywords';
import { fold } from '../../src/engine/text';

/** The words of a budget row's label that make it a marker, a part or a ratio line (src/engine/detect/keywords.ts). */
describe('row labels', () => {
  it('reads `Trong đó` alone on a row with a bullet, in brackets, in any case, Vietnamese or English', () => {
    for (const label of ['Trong đó:', 'TRONG ĐÓ', '- Trong đó:', '+ trong do', '(Trong đó)', 'Trong số đó:', 'Of which:', '- Including:']) expect(noteKind(fold(label))).toBe('ofWhich');
    for (const label of ['Chia ra:', '- Chia ra', '(Chia ra)']) expect(noteKind(fold(label))).toBe('all');
    expect(noteKind(fold('Chi trong nước'))).toBeUndefined();
  });

  it('reads the marker followed by the first part’s name as that part, not the marker alone', () => {
    for (const label of ['Trong đó: Lệ phí trước bạ', '- Trong đó: Lệ phí trước bạ', 'Trong đó chi đào tạo', 'Of which: registration fees']) expect(leadsOfWhich(fold(label))).toBe(true);
    for (const label of ['Trong đó:', '- Trong đó:', '(Trong đó)', 'Chi khác, trong đó:']) expect(leadsOfWhich(fold(label))).toBe(false);
  });

  it('reads the marker at the end of a parent’s label, not inside a sentence nor alone', () => {
    for (const label of ['TỔNG CHI CÂN ĐỐI NSNN, trong đó:', 'Chi thường xuyên (trong đó)', 'Chi thường xuyên - Trong đó', 'Total expenditure, of which:']) expect(endsWithOfWhich(fold(label))).toBe(true);
    for (const label of ['Chi khác, trong đó có chi hỗ trợ', 'Trong đó:', '- Trong đó:', 'Chi đầu tư phát triển']) expect(endsWithOfWhich(fold(label))).toBe(false);
  });

  it('passes over, unfolded, only labels that cannot end with the marker', () => {
    for (const label of ['TỔNG CHI CÂN ĐỐI NSNN, trong đó:', 'Chi thường xuyên (trong đó)', 'Chi thường xuyên - TRONG DO ', 'Total expenditure, of which:', 'Revenue, including']) expect(mayEndWithOfWhich(label)).toBe(true);
    for (const label of ['Tăng tỷ lệ nữ lên ít nhất', 'Mục tiêu 3', 'Chi đầu tư phát triển (1+2)', '']) expect(mayEndWithOfWhich(label)).toBe(false);
    // Whatever the label, a `false` is never a label endsWithOfWhich reads as ending with the marker.
    const tail = fc.constantFrom('trong đó', 'TRONG ĐÓ', 'trong số đó', 'of which', 'Including', 'đó', 'do', ':', ')', ' ', '\u00a0', '\t', 'x', 'ó', '\u0301', '1');
    const label = fc.array(fc.oneof(tail, fc.string()), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(label, (text) => mayEndWithOfWhich(text) || !endsWithOfWhich(fold(text))));
  });

  it('reads a ratio line by its wording, not a rate or a GDP inside an amount’s name', () => {
    const ratios = ['Tỷ lệ bội chi so GDP', 'Tỉ lệ (%)', '- Tỷ lệ bội chi so GDP (%)', 'So với GDP', '% GDP', 'Bội chi so với GDP (%)', 'Nợ công/GDP', 'Deficit to GDP ratio', 'As % of GDP', 'Growth rate'];
    for (const label of ratios) expect([label, isRatioLabel(fold(label))]).toEqual([label, true]);
    const amounts = ['Dự phòng ngân sách (3%)', 'Tổng sản phẩm trong nước (GDP)', 'Bội chi NSTW', 'Chi sự nghiệp', 'Separate account'];
    for (const label of amounts) expect([label, isRatioLabel(fold(label))]).toEqual([label, false]);
  });
});
