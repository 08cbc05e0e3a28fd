/**
 * The layouts of budget tables the accuracy benchmark fills, shaped like the tables officers and the
 * Ministry of Finance publish (/work/shared/DOMAIN.md §2, the field cases 02 and 04): several years ×
 * sources, one year `Tổng số | Chia ra`, provinces by region, English headers, thousand-đồng amounts
 * with `Trong đó` parts, an adjustment plan with its `Tăng, giảm` column. Each draws its own row
 * counts, so every table differs.
 */
import { between, pick, type AmountColumn, type LayoutSpec, type Random, type RowSpec } from './table';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const PARTS_OF_WHICH = ['Chi lương và phụ cấp', 'Mua sắm trang thiết bị', 'Chi hội nghị, tập huấn', 'Sửa chữa thường xuyên'];
const PROVINCES = [
  ['ĐỒNG BẰNG SÔNG HỒNG', ['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Hải Dương', 'Hưng Yên', 'Vĩnh Phúc', 'Bắc Ninh', 'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thái Bình']],
  ['TRUNG DU VÀ MIỀN NÚI PHÍA BẮC', ['Hà Giang', 'Cao Bằng', 'Lào Cai', 'Bắc Kạn', 'Lạng Sơn', 'Tuyên Quang', 'Yên Bái', 'Thái Nguyên', 'Phú Thọ', 'Bắc Giang']],
  ['BẮC TRUNG BỘ VÀ DUYÊN HẢI MIỀN TRUNG', ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Nam']],
  ['TÂY NGUYÊN', ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng']],
] as const;

interface TreeWords {
  project: string;
  part: string;
  activity: string;
  total: string;
}

/**
 * Projects `I` made of parts `1` made of activities `1.1` (a part without activities is a leaf);
 * with probability `ofWhich` a leaf is followed by `Trong đó:` and two partial items `-`.
 * The total row (`words.total`) adds up the projects, on top or at the bottom.
 */
function projectTree(random: Random, words: TreeWords, o: { projects: [number, number]; parts: [number, number]; activities: [number, number]; ofWhich: number; totalOnTop: boolean }): RowSpec[] {
  const rows: RowSpec[] = [];
  const leaf = (spec: RowSpec) => {
    const index = rows.push(spec) - 1;
    if (random() >= o.ofWhich) return;
    rows.push({ label: 'Trong đó:', role: 'note' });
    for (let i = 0; i < 2; i++) rows.push({ number: '-', label: pick(random, PARTS_OF_WHICH), role: 'ofWhich', parent: index });
  };
  const projects = between(random, ...o.projects);
  for (let p = 1; p <= projects; p++) {
    const project = rows.push({ number: ROMAN[p - 1], label: `${words.project} ${p}`, role: 'group', parent: -1 }) - 1;
    const parts = between(random, ...o.parts);
    for (let k = 1; k <= parts; k++) {
      // A part is a leaf or has at least two activities: a parent over one child is no breakdown.
      const drawn = between(random, ...o.activities);
      const activities = drawn === 1 ? 2 : drawn;
      if (activities === 0) {
        leaf({ number: String(k), label: `${words.part} ${p}.${k}`, role: 'item', parent: project });
        continue;
      }
      const part = rows.push({ number: String(k), label: `${words.part} ${p}.${k}`, role: 'group', parent: project }) - 1;
      for (let a = 1; a <= activities; a++) leaf({ number: `${k}.${a}`, label: `${words.activity} ${p}.${k}.${a}`, role: 'item', parent: part });
    }
  }
  return withTotal(rows, { label: words.total, role: 'total' }, o.totalOnTop);
}

/** Puts the total row on top or at the bottom; rows whose parent is -1 become its children. */
function withTotal(rows: RowSpec[], total: RowSpec, onTop: boolean): RowSpec[] {
  const shift = onTop ? 1 : 0;
  const totalIndex = onTop ? 0 : rows.length;
  const moved = rows.map((r) => ({ ...r, parent: r.parent === undefined ? undefined : r.parent === -1 ? totalIndex : r.parent + shift }));
  return onTop ? [total, ...moved] : [...moved, total];
}

/** Header cells for year groups: the group title over its sub-columns, merged. */
function yearHeader(groups: { title: string; subs: string[] }[], firstCol: number): { line1: (string | null)[]; line2: (string | null)[]; merges: string[] } {
  const line1: (string | null)[] = [];
  const line2: (string | null)[] = [];
  const merges: string[] = [];
  let col = firstCol;
  for (const group of groups) {
    group.subs.forEach((sub, i) => {
      line1.push(i === 0 ? group.title : null);
      line2.push(sub);
    });
    if (group.subs.length > 1) merges.push(`${letter(col)}3:${letter(col + group.subs.length - 1)}3`);
    col += group.subs.length;
  }
  return { line1, line2, merges };
}

const letter = (col: number) => String.fromCharCode(65 + col);
const numbersRow = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

/** `Năm 2013 / Trung ương | Địa phương | Khác` per year, `Tổng cộng giai đoạn` per source; SUM formulas in every total; `Cộng` then a typed `Tổng cộng` merged per year. */
export function multiYearFormulas(random: Random): LayoutSpec {
  const first = pick(random, [2013, 2016, 2021]);
  const years = [first, first + 1, first + 2];
  const sources = ['central', 'local', 'other'] as const;
  const columns: AmountColumn[] = [];
  years.forEach((year, y) => sources.forEach((source, s) => columns.push({ col: 2 + y * 3 + s, year, source })));
  sources.forEach((source, s) => columns.push({ col: 11 + s, source }));
  const words = ['Trung ương', 'Địa phương', 'Khác'];
  const head = yearHeader([...years.map((y) => ({ title: `Năm ${y}`, subs: words })), { title: `Tổng cộng giai đoạn ${first}-${first + 2}`, subs: words }], 2);
  const rows = projectTree(random, { project: 'Dự án', part: 'Tiểu dự án', activity: 'Hoạt động', total: 'Cộng' }, { projects: [2, 3], parts: [2, 3], activities: [0, 3], ofWhich: 0, totalOnTop: false });
  rows.push({ label: 'Tổng cộng', role: 'grand' });
  return {
    layout: 'years × sources, formulas',
    lang: 'vi',
    top: [[`KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN ${first}-${first + 2}`], ['Đơn vị tính: triệu đồng'], ['TT', 'Nội dung', ...head.line1], [null, null, ...head.line2], numbersRow(14)],
    merges: ['A3:A4', 'B3:B4', ...head.merges],
    columns,
    rows,
    formulas: { columns: true, rows: true },
    amounts: { min: 5, max: 900 },
    numberFormat: '#,##0',
  };
}

/** Two or three years of `NSTW | NSĐP | Nguồn khác`, then `Tổng giai đoạn`: `Tổng số | NSTW | NSĐP | Nguồn khác`; every total typed, `Tổng cộng` on top. */
export function multiYearTyped(random: Random): LayoutSpec {
  const count = between(random, 2, 3);
  const first = pick(random, [2021, 2026]);
  const years = Array.from({ length: count }, (_, i) => first + i);
  const sources = ['central', 'local', 'other'] as const;
  const words = ['NSTW', 'NSĐP', 'Nguồn khác'];
  const columns: AmountColumn[] = [];
  years.forEach((year, y) => sources.forEach((source, s) => columns.push({ col: 2 + y * 3 + s, year, source })));
  const period = 2 + count * 3;
  columns.push({ col: period, source: 'total' });
  sources.forEach((source, s) => columns.push({ col: period + 1 + s, source }));
  const head = yearHeader([...years.map((y) => ({ title: `Năm ${y}`, subs: words })), { title: `Tổng giai đoạn ${first}-${years[count - 1]}`, subs: ['Tổng số', ...words] }], 2);
  const rows = projectTree(random, { project: 'Dự án', part: 'Nội dung', activity: 'Hoạt động', total: 'Tổng cộng' }, { projects: [2, 4], parts: [2, 3], activities: [0, 3], ofWhich: 0, totalOnTop: true });
  return {
    layout: 'years × sources, typed',
    lang: 'vi',
    top: [[`KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN ${first}-${years[count - 1]}`], ['Đơn vị tính: triệu đồng'], ['TT', 'Nội dung', ...head.line1], [null, null, ...head.line2]],
    merges: ['A3:A4', 'B3:B4', ...head.merges],
    columns,
    rows,
    formulas: { columns: false, rows: false },
    amounts: { min: 10, max: 2500 },
    numberFormat: '#,##0',
  };
}

/** One year, `Tổng số | Chia ra: NSTW | NSĐP | Khác`, column numbers `1=2+3+4`, `TỔNG SỐ` on top, `Trong đó` parts; typed (as the Ministry's appendices). */
export function oneYearChiaRa(random: Random): LayoutSpec {
  const year = pick(random, [2017, 2024, 2025]);
  const columns: AmountColumn[] = [
    { col: 2, year, source: 'total' },
    { col: 3, year, source: 'central' },
    { col: 4, year, source: 'local' },
    { col: 5, year, source: 'other' },
  ];
  const rows = projectTree(random, { project: 'Chương trình', part: 'Nhiệm vụ', activity: 'Hoạt động', total: 'TỔNG SỐ' }, { projects: [2, 4], parts: [2, 4], activities: [0, 2], ofWhich: 0.25, totalOnTop: true });
  return {
    layout: 'one year, Chia ra',
    lang: 'vi',
    top: [[`DỰ TOÁN CHI NGÂN SÁCH NĂM ${year}`], ['Đơn vị tính: triệu đồng'], ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null, null], [null, null, null, 'NSTW', 'NSĐP', 'Khác'], ['A', 'B', '1=2+3+4', '2', '3', '4']],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'],
    columns,
    rows,
    formulas: { columns: false, rows: false },
    amounts: { min: 50, max: 60000 },
    numberFormat: '#,##0',
  };
}

/** Provinces numbered on from region to region (as numbers), each region a subtotal, `TỔNG SỐ` = Σ regions; typed, as the Ministry publishes them. */
export function provincesByRegion(random: Random): LayoutSpec {
  const year = pick(random, [2010, 2017]);
  const columns: AmountColumn[] = [
    { col: 2, year, source: 'total' },
    { col: 3, year, source: 'central' },
    { col: 4, year, source: 'local' },
  ];
  const rows: RowSpec[] = [];
  const regions = between(random, 2, 4);
  let number = 1;
  for (let r = 0; r < regions; r++) {
    const [region, provinces] = PROVINCES[r];
    const index = rows.push({ number: ROMAN[r], label: region, role: 'group', parent: -1 }) - 1;
    const count = between(random, 3, Math.min(8, provinces.length));
    for (let p = 0; p < count; p++) rows.push({ number: number++, label: provinces[p], role: 'item', parent: index });
  }
  return {
    layout: 'provinces by region',
    lang: 'vi',
    top: [[`DỰ TOÁN BỔ SUNG TỪ NGÂN SÁCH TRUNG ƯƠNG CHO NGÂN SÁCH ĐỊA PHƯƠNG NĂM ${year}`], ['Đơn vị tính: triệu đồng'], ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Chia ra', null], [null, null, null, 'Ngân sách trung ương', 'Ngân sách địa phương']],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
    columns,
    rows: withTotal(rows, { label: 'TỔNG SỐ', role: 'total' }, true),
    formulas: { columns: false, rows: false },
    amounts: { min: 20000, max: 900000 },
    numberFormat: '#,##0',
  };
}

/** English headers `Total | Central | Local | Other` under `Year 2024`, `TOTAL` on top; `Total` a SUM of the sources, column totals typed. */
export function englishOneYear(random: Random): LayoutSpec {
  const year = pick(random, [2023, 2024]);
  const columns: AmountColumn[] = [
    { col: 2, year, source: 'total' },
    { col: 3, year, source: 'central' },
    { col: 4, year, source: 'local' },
    { col: 5, year, source: 'other' },
  ];
  const rows = projectTree(random, { project: 'Project', part: 'Component', activity: 'Activity', total: 'TOTAL' }, { projects: [2, 4], parts: [2, 4], activities: [0, 2], ofWhich: 0, totalOnTop: true });
  return {
    layout: 'English, one year',
    lang: 'en',
    top: [[`Budget estimate for ${year}`], ['Unit: million VND'], ['No.', 'Item', `Year ${year}`, null, null, null], [null, null, 'Total', 'Central', 'Local', 'Other']],
    merges: ['A3:A4', 'B3:B4', 'C3:F3'],
    columns,
    rows,
    formulas: { columns: false, rows: true },
    amounts: { min: 10, max: 5000 },
    numberFormat: '#,##0',
  };
}

/** Thousand-đồng amounts, two years of `Tổng số | NSTW | NSĐP`, `Trong đó` parts under some items, `Tổng cộng` at the bottom; typed. */
export function thousandDong(random: Random): LayoutSpec {
  const first = pick(random, [2023, 2025]);
  const columns: AmountColumn[] = [];
  [first, first + 1].forEach((year, y) => (['total', 'central', 'local'] as const).forEach((source, s) => columns.push({ col: 2 + y * 3 + s, year, source })));
  const head = yearHeader([first, first + 1].map((y) => ({ title: `Năm ${y}`, subs: ['Tổng số', 'NSTW', 'NSĐP'] })), 2);
  const rows = projectTree(random, { project: 'Dự án', part: 'Nội dung', activity: 'Hoạt động', total: 'Tổng cộng' }, { projects: [2, 3], parts: [2, 3], activities: [0, 3], ofWhich: 0.3, totalOnTop: false });
  return {
    layout: 'thousand đồng, Trong đó',
    lang: 'vi',
    top: [[`KINH PHÍ THỰC HIỆN NĂM ${first}-${first + 1}`], ['Đơn vị tính: nghìn đồng'], ['TT', 'Nội dung', ...head.line1], [null, null, ...head.line2]],
    merges: ['A3:A4', 'B3:B4', ...head.merges],
    columns,
    rows,
    formulas: { columns: false, rows: false },
    amounts: { min: 5000, max: 3000000 },
    numberFormat: '#,##0',
  };
}

/**
 * An adjustment of a year's investment plan: `Kế hoạch đã giao | Kế hoạch sau điều chỉnh | Tăng (+),
 * giảm (-)`, the last the difference of the two on every row (no column-number row states it: the
 * engine reads it from the figures), projects in sectors, `TỔNG SỐ` on top; typed.
 */
export function adjustment(random: Random): LayoutSpec {
  const year = pick(random, [2025, 2026]);
  const columns: AmountColumn[] = [
    { col: 2, year, source: 'central' },
    { col: 3, year, source: 'local' },
    { col: 4, source: 'difference', of: { minuend: 3, subtrahend: 2 } },
  ];
  const rows = projectTree(random, { project: 'Ngành', part: 'Dự án', activity: 'Hạng mục', total: 'TỔNG SỐ' }, { projects: [2, 3], parts: [2, 4], activities: [0, 0], ofWhich: 0, totalOnTop: true });
  return {
    layout: 'adjustment, Tăng giảm',
    lang: 'vi',
    top: [[`ĐIỀU CHỈNH KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM ${year}`], ['Đơn vị: triệu đồng'], ['STT', 'Danh mục dự án', 'Kế hoạch đã giao', 'Kế hoạch sau điều chỉnh', 'Tăng (+), giảm (-)']],
    merges: [],
    columns,
    rows,
    formulas: { columns: false, rows: false },
    amounts: { min: 500, max: 90000 },
    numberFormat: '#,##0',
  };
}

export const LAYOUTS: ((random: Random) => LayoutSpec)[] = [multiYearFormulas, multiYearTyped, oneYearChiaRa, provincesByRegion, englishOneYear, thousandDong, adjustment];
