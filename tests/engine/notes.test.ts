import { noteAmountsBelow } from '../../src/engine/detect/notes';
import { SheetView } from '../../src/engine/detect/sheet-view';
import { gridOf } from './grid';

describe('noteAmountsBelow', () => {
  const view = (lines: string[]) => new SheetView(gridOf([['Tổng số', 100], ...lines.map((line) => [line])]));
  const notes = (lines: string[]) => noteAmountsBelow(view(lines), 0, 1e6).map((a) => [a.value, a.factor]);

  it('reads the amounts in money a note names, with their unit against the table’s', () => {
    expect(notes(['Ghi chú: (1) Bao gồm 38.895 tỷ đồng; thu phí 1.180 tỷ đồng', '(2) Đã bao gồm 987.640 triệu đồng dự phòng'])).toEqual([
      ['38895', 1000],
      ['1180', 1000],
      ['987640', 1],
    ]);
    expect(notes(['(1) Includes 200 billion dongs and 2,5 tỷ đồng'])).toEqual([
      ['200', 1000],
      ['2.5', 1000],
    ]);
  });

  it('reads no figure without a unit of money, and nothing when the table’s unit is unknown', () => {
    expect(notes(['(2) Mức lương cơ sở 1.150.000đ/tháng; năm 2015; 63 tỉnh'])).toEqual([]);
    expect(noteAmountsBelow(view(['(1) Bao gồm 207 tỷ đồng']), 0, undefined)).toEqual([]);
  });
});
