import type { TestCell } from '../../grid';

/** Budget tables the rule tests share: realistic headers, small enough to read at a glance. */

/** Two years × two sources and period totals per source; project I has two sub-projects; total row at the bottom (row 9). */
export function twoYearTable(change: (rows: TestCell[][]) => void = () => {}): { rows: TestCell[][]; merges: string[] } {
  const rows: TestCell[][] = [
    ['KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2021-2022'],
    ['Đơn vị tính: triệu đồng'],
    ['TT', 'Nội dung', 'Năm 2021', null, 'Năm 2022', null, 'Tổng giai đoạn', null],
    [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
    ['I', 'Dự án 1', 100, 50, 120, 60, 220, 110],
    ['1', 'Tiểu dự án 1', 60, 20, 70, 30, 130, 50],
    ['2', 'Tiểu dự án 2', 40, 30, 50, 30, 90, 60],
    ['II', 'Dự án 2', 10, 5, 10, 5, 20, 10],
    [null, 'Tổng cộng', 110, 55, 130, 65, 240, 120],
  ];
  change(rows);
  return { rows, merges: ['C3:D3', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4'] };
}

/** No diacritics, a per-year total before the sources (`Tong so | Trong do: NSTW | NSDP`), text numbers the Vietnamese way. */
export function yearTotalFirstTable(change: (rows: TestCell[][]) => void = () => {}): { rows: TestCell[][]; merges: string[] } {
  const rows: TestCell[][] = [
    ['Kinh phi thuc hien'],
    ['Don vi tinh: trieu dong'],
    ['STT', 'Noi dung', 'Nam 2021', null, null, 'Nam 2022', null, null, 'Tong giai doan'],
    [null, null, 'Tong so', 'Trong do: NSTW', 'NSDP', 'Tong so', 'Trong do: NSTW', 'NSDP', null],
    ['1', 'Du an 1', 150, 100, 50, 180, 120, 60, 330],
    ['2', 'Du an 2', '1.040', '1.000', 40, 15, 10, 5, '1.055'],
    [null, 'Cong', '1.190', '1.100', 90, 195, 130, 65, '1.385'],
  ];
  change(rows);
  return { rows, merges: ['C3:E3', 'F3:H3', 'I3:I4'] };
}

/** English headers, one year, total row on top. */
export function englishSingleYearTable(change: (rows: TestCell[][]) => void = () => {}): { rows: TestCell[][]; merges: string[] } {
  const rows: TestCell[][] = [
    ['Budget for 2024'],
    ['Unit: million VND'],
    ['No.', 'Item', 'Year 2024', null, null],
    [null, null, 'Total', 'Central', 'Local'],
    [null, 'TOTAL', 300, 200, 100],
    ['1', 'Training', 100, 100, '-'],
    ['2', 'Monitoring', 200, 100, 100],
  ];
  change(rows);
  return { rows, merges: ['C3:E3'] };
}
