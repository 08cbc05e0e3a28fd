import { checkSheet } from '../../../src/engine/check';
import { gridOf, type TestCell } from '../grid';

/**
 * A cân đối table (Biểu 46 shape): `Dự toán 2017 | Dự toán 2018 | So sánh tuyệt đối (3=2-1)`, the
 * difference column written as row formulas `=D-C` (and the ratio `4=2/1` beside it). Row 5 `A TỔNG NGUỒN THU` = I + II + III.
 * `leaveOut`: A's 2017 amount typed without row III (Thu kết dư, 35,800), its difference formula
 * following that wrong total.
 */
function table(leaveOut: boolean): TestCell[][] {
  const a17 = leaveOut ? 14_593_570 : 14_629_370;
  const rows: [string, string, number | null, number | null][] = [
    ['A', 'TỔNG NGUỒN THU NSĐP', a17, 15_197_830],
    ['I', 'Thu NSĐP được hưởng theo phân cấp', 7_336_000, 8_183_050],
    ['II', 'Thu bổ sung từ ngân sách cấp trên', 7_257_570, 7_014_780],
    ['III', 'Thu kết dư', 35_800, null],
    ['B', 'TỔNG CHI NSĐP', 14_543_370, 15_317_830],
    ['I', 'Chi cân đối NSĐP', 12_698_100, 13_715_350],
    ['II', 'Chi các chương trình mục tiêu', 1_845_270, 1_602_480],
  ];
  const body = rows.map(([no, name, c, d], i) => {
    const r = i + 5;
    const ratio = c && d ? `=ROUND(D${r}/C${r}*100,1)|${Math.round((d / c) * 1000) / 10}` : null;
    return [no, name, c, d, `=D${r}-C${r}|${(d ?? 0) - (c ?? 0)}`, ratio] as TestCell[];
  });
  return [
    ['Đơn vị: Triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán năm 2017', 'Dự toán năm 2018', 'So sánh', null],
    [null, null, null, null, 'Tuyệt đối', 'Tương đối (%)'],
    ['A', 'B', '1', '2', '3=2-1', '4=2/1'],
    ...body,
  ];
}

const grid = (leaveOut: boolean) => gridOf(table(leaveOut), { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'] });

describe('a compound slip whose total a row formula follows', () => {
  it('the consistent table has no finding', () => {
    expect(checkSheet(grid(false)).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a row left out of a total that a difference formula (=D-C) follows: the total is the root, told as the row left out; the difference follows it', () => {
    const findings = checkSheet(grid(true)).findings;
    // Not "one of these N cells" (the total, a source row turned 0, blank rows turned negative).
    expect(findings.some((f) => f.messageId.startsWith('budgetRootOneOf'))).toBe(false);
    const root = findings.find((f) => f.cell === 'C5' && !f.causeId);
    expect(root).toMatchObject({ severity: 'error', fix: { cell: 'C5', value: '14629370' } });
    expect(root!.explanation).toMatchObject({ messageId: 'budgetCauseRowLeftOut', params: { cells: 'C8' } });
    // The difference formula is right once C5 is: a consequence, with no fix of its own.
    const follower = findings.find((f) => f.cell === 'E5');
    expect(follower).toMatchObject({ causeId: root!.id });
    expect(follower!.fix).toBeUndefined();
    expect(findings.filter((f) => f.fix).map((f) => f.cell)).toEqual(['C5']);
  });
});
