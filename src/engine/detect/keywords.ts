import { hasPhrase } from '../text';
import type { FundingSource } from '../types';

/**
 * Header words of the two kinds of table, folded (no diacritics, lower case), Vietnamese first,
 * then English. `hasPhrase` matches whole words, so `tw` does not match inside `twice`.
 */
export const HEADER_WORDS = {
  number: ['tt', 'stt', 'so tt', 'so thu tu', 'no', 'no.', '#', 'number', 'ma so'],
  name: [
    'noi dung', 'muc tieu', 'chi tieu', 'ten chi tieu', 'hang muc', 'danh muc', 'du an', 'nhiem vu', 'hoat dong', 'ten',
    'indicator', 'indicators', 'content', 'item', 'description', 'activity', 'activities', 'goal', 'objective', 'project', 'name',
  ],
  unit: ['don vi tinh', 'dvt', 'd.v.t', 'don vi do', 'unit'],
  agency: [
    'chu tri', 'co quan chu tri', 'don vi chu tri', 'don vi thuc hien', 'co quan thuc hien', 'co quan', 'phoi hop', 'trach nhiem',
    'lead agency', 'agency', 'responsible', 'lead',
  ],
  /** An agency column of the agencies that take part (`Cơ quan phối hợp`), beside the one that leads. */
  lead: ['chu tri', 'thuc hien', 'lead', 'responsible'],
  partner: ['phoi hop', 'partner', 'partners', 'partner agencies', 'coordinating', 'cooperating', 'in cooperation', 'supporting'],
  note: ['ghi chu', 'note', 'notes', 'remarks'],
  evaluation: [
    'danh gia', 'ket qua danh gia', 'dat/khong dat', 'hoan thanh/khong hoan thanh', 'vuot/dat/khong dat', 'co ban dat', 'chua dat',
    'khong dat', 'khong hoan thanh', 'evaluation', 'assessment', 'met/not met', 'not met',
  ],
  result: ['kq', 'ket qua', 'th', 'thuc hien', 'uoc th', 'uoc thuc hien', 'uoc', 'hien trang', 'result', 'results', 'actual', 'baseline', 'achieved'],
  target: ['kh', 'ke hoach', 'chi tieu', 'muc tieu', 'target', 'targets', 'plan', 'planned', 'goal'],
  total: ['tong', 'tong so', 'tong cong', 'cong', 'tong kinh phi', 'total', 'sum', 'subtotal', 'grand total'],
  period: ['giai doan', 'ca giai doan', 'ca ky', 'period', 'all years', 'tong giai doan'],
  /** Single amount columns of budget forms: `Dự toán năm 2017`, `Quyết toán`, `Vốn đầu tư`. */
  amount: [
    'du toan', 'quyet toan', 'uoc thuc hien', 'uoc th', 'ke hoach von', 'von dau tu', 'kinh phi', 'kinh phi su nghiep', 'so tien', 'thanh tien',
    'tong thu', 'tong chi', 'bo sung', 'chi dau tu', 'chi thuong xuyen', 'thu noi dia', 'von', 'estimate', 'estimates', 'outturn', 'amount',
    'expenditure', 'revenue', 'appropriation', 'allocation',
  ],
  /** Columns that are ratios or comparisons, never summed. */
  ratio: ['ty le', 'so sanh', 'ty trong', 'toc do tang', 'ratio', 'rate', 'share', 'compare', 'comparison', 'percentage'],
  /** A column of differences (`Chênh lệch QT - DT`, `Tăng, giảm`): signed, so its parts bound nothing. */
  difference: [
    'chenh lech', 'tang giam', 'tang, giam', 'tang/giam', 'tang (+), giam (-)', 'tuyet doi', 'difference', 'variance', 'increase/decrease',
    'increase (decrease)', 'absolute',
  ],
  /** A column that sets one figure against another (`KH 2024 so với TH 2023`, `Ước thực hiện so với dự toán`): a ratio whatever plan or result words it names. */
  comparison: ['so sanh', 'so voi', 'compared with', 'compared to', 'versus'],
  /**
   * Figures of a cost estimate that no total adds: quantities, unit prices, norms, coefficients
   * (`Số lượng | Đơn giá | Thành tiền`), averages; the total row leaves them blank (or shows its own average).
   */
  measure: [
    'so luong', 'sl', 'don gia', 'dinh muc', 'he so', 'muc chi', 'muc ho tro', 'muc luong', 'so ngay', 'so lan', 'so buoi',
    'muc phu cap', 'muc tro cap', 'so nguoi', 'so lop', 'so dai bieu', 'so hoc vien', 'so thang', 'so luot', 'so dot', 'so cuon', 'so ban', 'so khoa',
    'quantity', 'qty', 'unit price', 'unit cost', 'price', 'norm', 'coefficient',
    // averages: a quotient per unit, never summed (`Bình quân/đơn vị`)
    'binh quan', 'trung binh', 'average', 'per capita',
  ],
  /** Headers of the list a budget table is by: provinces, bodies, programmes. */
  entity: ['tinh, thanh pho', 'tinh thanh pho', 'ten don vi', 'ten tinh', 'don vi', 'bo, co quan', 'ten chuong trinh', 'linh vuc', 'province', 'provinces', 'ministry', 'agency name'],
  /** Words that name what a table is, in its title (not the agency's letterhead above it). */
  title: ['du toan', 'quyet toan', 'ke hoach', 'chi tieu', 'kinh phi', 'can doi', 'tong hop', 'bao cao', 'phan bo', 'lo trinh', 'danh muc', 'thu chi', 'chi tiet', 'ngan sach', 'budget', 'estimate', 'estimates', 'plan', 'indicators', 'targets', 'report', 'allocation', 'balance', 'revenue', 'expenditure'],
  /** A form's number or the document a table is attached to (`Biểu số 46/CK-NSNN`, `Kèm theo Kế hoạch số…`): no title. */
  formNumber: ['bieu so', 'mau so', 'kem theo', 'ban hanh kem', 'form no', 'attached to'],
  /** A public-investment plan's approved total per project (`Tổng mức đầu tư`, `TMĐT`). */
  investmentTotal: ['tong muc dau tu', 'tmdt', 'total investment'],
  /** What a project has been given so far (`Lũy kế vốn đã bố trí đến hết năm 2024`, `Đã giải ngân`). */
  allocatedSoFar: ['luy ke', 'da bo tri', 'da giai ngan', 'accumulated', 'cumulative', 'disbursed to date', 'allocated to date'],
  /** This year's (or this period's) allocation of a public-investment plan (`Kế hoạch năm 2025`, `Kế hoạch vốn 2025`). */
  allocationPlan: ['ke hoach von', 'ke hoach nam', 'annual plan', 'capital plan'],
  budget: ['kinh phi', 'ngan sach', 'nguon von', 'budget', 'funding', 'cost', 'trieu dong', 'nghin dong', 'ty dong'],
} as const;

const SOURCE_WORDS: [FundingSource, readonly string[]][] = [
  ['central', ['trung uong', 'tw', 'nstw', 'ns tw', 'ngan sach trung uong', 'central', 'central budget', 'state budget']],
  ['local', ['dia phuong', 'dp', 'nsdp', 'ns dp', 'tinh', 'ngan sach tinh', 'ngan sach dia phuong', 'nst', 'huyen', 'ngan sach xa', 'ns xa', 'cap xa', 'von doi ung', 'doi ung', 'local', 'provincial', 'province', 'local budget']],
  [
    'other',
    [
      'khac', 'nguon khac', 'huy dong', 'van dong', 'xa hoi hoa', 'vien tro', 'tai tro', 'dong gop', 'von khac', 'other', 'others', 'other sources', 'mobilised', 'mobilized',
      'aid', 'oda', 'sponsorship', 'donors',
      // The other sources a public unit's estimate names (Nghị định 60/2021/NĐ-CP on public units' finances: thu sự nghiệp, nguồn hợp pháp khác).
      'thu su nghiep', 'nguon thu su nghiep', 'thu dich vu', 'nguon thu dich vu', 'thu de lai', 'nguon thu de lai', 'hop phap khac', 'nguon hop phap khac', 'nguon thu hop phap',
      'huy dong cong dong', 'cong dong', 'nhan dan dong gop', 'long ghep', 'von long ghep', 'long ghep cac chuong trinh', 'von vay', 'vay von', 'tin dung', 'von tin dung',
      'service revenue', 'user fees', 'loans', 'community', 'community contributions', 'private sector',
    ],
  ],
];

/**
 * The level of the local budget a source's header line names: tỉnh, huyện or xã, the three levels
 * of ngân sách địa phương (State Budget Law 2015, art. 6); undefined for the local budget as a whole.
 */
export function localLevelOf(folded: string): 'province' | 'district' | 'commune' | undefined {
  if (/\bhuyen\b/.test(folded)) return 'district';
  if (/\bxa\b/.test(folded)) return 'commune';
  if (/\b(tinh|nst)\b/.test(folded)) return 'province';
  return undefined;
}

/** The funding source a header names, if any; `total` for `Tổng số`, `Cộng`. */
export function sourceOf(folded: string): FundingSource | undefined {
  // The lowest header line decides: `Năm 2013 / Trung ương` is central, `Tổng cộng / Trung ương` too.
  for (const [source, words] of SOURCE_WORDS) if (hasPhrase(folded, words)) return source;
  if (hasPhrase(folded, HEADER_WORDS.total)) return 'total';
  return undefined;
}

/**
 * The funding source one header line names, when the line is no more than that: `Trung ương`,
 * `NSĐP`, `Nguồn khác`, `Tổng số`, `Tổng 2012-2015`. A long line that merely contains the words
 * (`Bổ sung từ ngân sách trung ương cho …`, `Tổng thu NSNN trên địa bàn`) names a quantity, not a source.
 */
export function sourceOfLine(folded: string): FundingSource | undefined {
  const bare = folded.replace(/\(.*?\)/g, ' ').replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, ' ').replace(/\b(nam|giai doan|ca giai doan|ca ky|year|years|for|of|the|whole|period|all)\b/g, ' ').replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  // `Cả năm` (`Cả năm 2025`: the year is taken out above) over `Quý I … Quý IV`: the year's total of its parts.
  if (/^(tong so|tong cong|tong|cong|total|grand total|tong kinh phi|tong von|tong nhu cau|cong chung|ca|tong ca|whole|full)$/.test(bare)) return 'total';
  if (bare.length > 30) return undefined;
  for (const [source, words] of SOURCE_WORDS) if (hasPhrase(bare, words)) return onlySource(bare, words) ? source : undefined;
  return undefined;
}

/**
 * Whether a line names no more than a source: its words with the source's own, and the few that
 * go with a source (`Ngân sách`, `Nguồn vốn`, `hỗ trợ`, `đối ứng`), taken out leave nothing.
 * `Bổ sung từ NSTW cho NSĐP` (a transfer) and `Tổng chi cân đối NSĐP` (a spending total) name a
 * quantity between or of the budgets, not whose money a column is.
 */
function onlySource(bare: string, words: readonly string[]): boolean {
  let rest = ` ${bare} `;
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(` ${word} `).join(' ');
  return SOURCE_FILLER.test(rest.trim()) || rest.trim() === '';
}

/** What may stand beside a source's name in its column's header line. */
const SOURCE_FILLER = /^((ngan sach|nguon von|nguon|von|ns|cap|so|tu|ho tro|doi ung|bo tri|dam bao|trong do|trong so do|chia ra|bao gom|gom|budget|funds?|from|sources?|the|of which|including)( |$))+$/;

/**
 * Years named in a header: `Năm 2013` → [2013]; `2012-2015` → [2012, 2015]; `2021/2022` → both. The
 * year of a legal document's number (`NĐ 204/2004`) or of a date (`ngày 17/8/2004`) is not the column's.
 */
export function yearsOf(text: string): number[] {
  // After a short number and a slash (`204/2004`, `17/8/2004`): a document's number or a date, not a year of the table.
  return (text.match(/(?<!\d)(?<!(?<!\d)\d{1,3}\/)(19|20)\d{2}(?!\d)/g) ?? []).map(Number);
}

/**
 * Whether a column's own (lowest) header line, folded, names differences in amounts (`Chênh lệch`,
 * `Tăng (+), giảm (-)`, `Tuyệt đối`), not relative ones (`Tương đối (%)`, `Tỷ lệ`). `opening`: only
 * where the line opens with the word (`Số tăng, giảm` too): inside a name (`Chi cấp bù chênh lệch
 * lãi suất`, an expenditure) it heads no column of differences.
 */
export function namesDifference(lowest: string, opening = false): boolean {
  if (hasPhrase(lowest, HEADER_WORDS.ratio) || /%|tuong doi|relative/.test(lowest)) return false;
  if (!opening) return hasPhrase(lowest, HEADER_WORDS.difference);
  const start = lowest.replace(/^[\s\d.)(:-]*(?:so\s+)?/, '');
  return HEADER_WORDS.difference.some((word) => start.startsWith(word));
}

/**
 * Whether an agency column's header names the agencies that take part (`Cơ quan phối hợp`,
 * `Partner agencies`), not one that leads too (`Cơ quan chủ trì, phối hợp`). `lowest`: its own line, folded.
 */
export function namesPartner(lowest: string): boolean {
  return hasPhrase(lowest, HEADER_WORDS.partner) && !hasPhrase(lowest, HEADER_WORDS.lead);
}

/**
 * Whether a header names the places a table is listed by: `Xã, phường`, `Xã/phường/thị trấn`,
 * `Huyện, thị xã, thành phố`, `Quận, huyện`, `Tên xã`, `Các xã`, `Địa bàn`, `Đơn vị hành chính`.
 * District and commune offices head the list of their transfers, land revenue or settlements so,
 * with no `Tên` / `Đơn vị`: such a header is the table's name column. A lone `Tỉnh`, `Huyện`, `Xã`
 * or `Thành phố` is not: over a column of a table by budget level (`Tỉnh | Huyện | Xã`) it names
 * whose money the column holds.
 */
export function namesPlaces(folded: string): boolean {
  const bare = folded.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare.length > 60 || !PLACE_LIST.test(bare)) return false;
  return /^(ten|cac) /.test(bare) || PLACE_SEPARATOR.test(bare) || /^(dia ban|don vi hanh chinh)$/.test(bare);
}

const PLACE = '(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|dia ban|don vi hanh chinh)';
const PLACE_LIST = new RegExp(`^(?:(?:ten|cac) )?${PLACE}(?: ?(?:[,;/–-]|va) ?${PLACE})*$`);
/** Two places or more: `Xã, phường`, `Quận/huyện`, `Xã và thị trấn`. */
const PLACE_SEPARATOR = new RegExp(`${PLACE} ?(?:[,;/–-]|va) ?${PLACE}`);

/**
 * Whether a header line names a part of a year and nothing else: `Quý I`, `Quý 2 năm 2025`, `Q3`,
 * `Tháng 7`, `6 tháng đầu năm`, `6 tháng cuối năm`. A commune's or district's plan split by quarter
 * (`Cả năm | Quý I | Quý II | Quý III | Quý IV`) holds money in such columns, with no amount word.
 */
export function namesPartOfYear(folded: string): boolean {
  const bare = folded.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, ' ').replace(/\b(nam|year)\b/g, ' ').replace(/[/.,:-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return PART_OF_YEAR.test(bare);
}

const PART_OF_YEAR = /^((quy|q) ?(i|ii|iii|iv|[1-4])|quarter [1-4]|thang ([1-9]|1[0-2])|(6|sau) thang (dau|cuoi)|first half|second half)$/;

/**
 * Whether a total's label states a difference of rows (`Tổng số (1+2-3)` over a deduction `Trừ:
 * tiết kiệm 10% chi thường xuyên (-)`, `(I+II–III)`): no sum of its rows. Row
 * numbers (a letter, a Roman numeral, one or two digits; a year range `(2021-2025)` is none) joined
 * by `+` and at least one minus.
 */
export function statesDifference(label: string): boolean {
  const match = /\(\s*((?:[A-Z]{1,4}|\d{1,2})(?:\s*[+\-–]\s*(?:[A-Z]{1,4}|\d{1,2}))+)\s*\)/.exec(label);
  // With a `+` beside it only: `(I-IV)` alone may be a range of rows, I to IV, which a total adds.
  return match !== null && /[-–]/.test(match[1]) && match[1].includes('+');
}

/** A row of labels like `Cộng`, `Tổng cộng`, `TOTAL`: the whole label is a total word. */
export function isTotalLabel(folded: string): boolean {
  // Every total word holds one of these; most labels hold none and need no further reading.
  if (!/tong|cong|total|sum/.test(folded)) return false;
  // `Tổng số (A+B+C) - Total`: the bracket lists members, the part after ` - ` or `/` is the English.
  const bare = folded.replace(/\(.*?\)/g, ' ').replace(/\s[-–\/]\s.*$/, ' ').replace(/[:.,;]/g, ' ').replace(/\s+/g, ' ').trim();
  // `Cộng I`, `Cộng vùng II`, `Cộng mục A`, `Tổng vùng Tây Bắc`, `Cộng huyện Nam Đàn`, `Cộng cấp tỉnh`, `Subtotal
  // region A`: the subtotal of the group it names (`mục`, `phần`, `chương` only before a number: `Tổng mức đầu tư` is
  // an amount, not a total).
  return (/^(tong cong|tong so|tong|cong|total|grand total|sub-?total|sum|cong chung)( (cac|toan|chung|ca|tat ca|all)\b.*| ((vung|khu vuc|mien|nhom|khoi|muc|phan|chuong|region|group|section|part) )?([ivxlc]+|[a-h]|\d{1,2})| (vung|khu vuc|mien|nhom|khoi|huyen|quan|thi xa|thanh pho|tinh|xa|phuong|don vi|nganh|cap tinh|cap huyen|cap xa|region|group|section|district|province|commune)( .+)?)?$/.test(bare) || TOTAL_OF_AMOUNT.test(bare)) && bare.length <= 60;
}

/**
 * `Tổng kinh phí`, `Tổng cộng kinh phí`, `Cộng kinh phí`, `Tổng nhu cầu vốn`, `Tổng vốn thực hiện`,
 * `Tổng cộng giai đoạn 2021-2025`, `Tổng kinh phí theo năm`, `Total cost`: a total word, what it
 * totals (money, not a named quantity: `Tổng thu`, `Tổng chi` head a budget's own lines) and the
 * period it covers.
 */
const TOTAL_OF_AMOUNT = new RegExp(
  '^(tong cong|tong so|tong|cong|total|grand total)' +
    '(?=.)( (kinh phi|von|von dau tu|nhu cau|nhu cau kinh phi|nhu cau von|du toan|cost|costs|budget|funding|amount))?' +
    '( (thuc hien|phan bo|de xuat|du kien|ho tro))?' +
    '( (theo nam|ca giai doan|giai doan( \\d{4}( ?- ?\\d{4})?)?|nam \\d{4}|\\d{4} ?- ?\\d{4}|for \\d{4}( ?- ?\\d{4})?))?$',
);

/** `TỔNG THU CÂN ĐỐI NGÂN SÁCH`, `Tổng chi`: a label that names a total of something. */
export function isTotalHeading(folded: string): boolean {
  return /^(tong|total)\b/.test(folded) && folded.length <= 120;
}

/**
 * `Tỷ lệ bội chi so GDP`, `So với GDP`, `% GDP`, `Bội chi so GDP (%)`, `Deficit to GDP ratio`: a
 * row of ratios (a memo line under an amount, as the Ministry of Finance's balance tables give the
 * deficit as a share of GDP), not an item to add. The label may carry the list's bullet (`- Tỷ lệ`).
 * A bracket opening with `%` (`(%)`, `(% GDP)`) is a unit; one that states a rate inside a name
 * (`Dự phòng (3%)`) is not, and neither is a GDP that is itself the row (`Tổng sản phẩm (GDP)`).
 */
export function isRatioLabel(folded: string): boolean {
  if (RATIO_START.test(folded)) return true;
  // Every other wording holds `%`, `gdp` or `rat`: asked of every unnumbered row, most labels are
  // passed over without the unanchored expression.
  if (!folded.includes('%') && !folded.includes('gdp') && !folded.includes('rat')) return false;
  return RATIO_UNIT.test(folded);
}

const RATIO_START = /^(?:[-–—+•*]\s*)?((ty le|ti le|ty trong|ti trong|so sanh|so voi|toc do|ratio|share|percent)\b|as % of|%)/;
const RATIO_UNIT = /%$|\(%[^)]*\)|\b(ratio|rate)$|(\b(so|voi|to|of|over|per)|\/) ?(gdp|grdp)\b/;

/**
 * A bullet or an opening bracket before a row's marker word: `- Trong đó:`, `(Trong đó)`, `+ Chia
 * ra`. Officers type the list's bullet before the marker as before any line.
 */
const MARKER_LEAD = '^[-–—+•*(]?\\s*';
const OF_WHICH = '(trong do|trong so do|of which|including)';

/** `Trong đó:` (part of), `Chia ra:` / `Phân theo` (all of), `Ghi chú`: rows that introduce, not count; with a bullet or in brackets too. */
export function noteKind(folded: string): 'ofWhich' | 'all' | 'note' | undefined {
  if (OF_WHICH_START.test(folded)) return 'ofWhich';
  if (ALL_START.test(folded)) return 'all';
  if (NOTE_START.test(folded)) return 'note';
  return undefined;
}

/**
 * What a row without amounts introduces: noteKind's, and `Chia theo lĩnh vực` (all of the row above,
 * by field), as a heading of rows only: over columns (`Chia theo nguồn | Chia theo năm`) the words
 * name a group of columns, each group all of the total, not a breakdown of the column before them.
 */
export function headingKind(folded: string): 'ofWhich' | 'all' | 'note' | undefined {
  return noteKind(folded) ?? (BY_START.test(folded) ? 'all' : undefined);
}

const BY_START = new RegExp(`${MARKER_LEAD}chia theo\\b`);
const OF_WHICH_START = new RegExp(`${MARKER_LEAD}${OF_WHICH}\\b`);
const ALL_START = new RegExp(`${MARKER_LEAD}(chia ra|phan theo|bao gom|gom|by|broken down)\\b`);
const NOTE_START = /^(ghi chu|note|nguon|source)\b/;

/**
 * `Trong đó: Lệ phí trước bạ`, `- Trong đó: X`: the marker and, on the same line, the first part's
 * own name; the row is that part, of the row above.
 */
export function leadsOfWhich(folded: string): boolean {
  return OF_WHICH_LEAD.test(folded);
}

const OF_WHICH_LEAD = new RegExp(`${MARKER_LEAD}${OF_WHICH}\\s*[:.)]?\\s*[^\\s:.)]`);

/**
 * `TỔNG CHI CÂN ĐỐI NSNN, trong đó:`, `Chi thường xuyên (trong đó)`: a row's label that ends with the
 * marker, so that the rows under it are parts of it (≤ it), not all of it. Only at the end: the words
 * inside a sentence (`Chi khác, trong đó có chi X`) introduce nothing below.
 */
export function endsWithOfWhich(folded: string): boolean {
  return OF_WHICH_END.test(folded);
}

const OF_WHICH_END = new RegExp(`[a-z0-9)][\\s,;:(–-]+${OF_WHICH}\\s*:?\\s*\\)?\\s*:?$`);

/**
 * Whether a label as written may end with the marker (endsWithOfWhich of its folded text): its last
 * character before trailing spaces, `:` and `)` is `o`, `h` or `g` (`đó`, `which`, `including`), or
 * one beyond ASCII, which only folding tells. Asked of every row that heads others, most of which
 * end otherwise, so that their labels need no folding.
 */
export function mayEndWithOfWhich(label: string): boolean {
  for (let i = label.length - 1; i >= 0; i--) {
    const code = label.charCodeAt(i);
    if (code <= 0x20 || code === 0x3a || code === 0x29) continue;
    if (code >= 0x80) return true;
    // ASCII folds to its lower case: O, H and G as o, h and g.
    const lower = code | 0x20;
    return lower === 0x6f || lower === 0x68 || lower === 0x67;
  }
  return false;
}

/** The money unit a line states (`Đơn vị tính: triệu đồng`), with its size in đồng. */
export function moneyUnitOf(text: string, folded: string): { text: string; factor?: number } | undefined {
  const match = /(don vi tinh|dvt|d\.v\.t|don vi|unit)\s*[:：]\s*(.+)$/.exec(folded);
  // `Tỷ đồng - In billions of dong`, `(Triệu đồng)`: a line that is the unit alone, as the Ministry's bilingual forms write it.
  if (!match) return BARE_UNIT.test(folded.trim()) ? { text: text.trim().replace(/^\(|\)$/g, '').trim(), factor: factorOf(folded) } : undefined;
  const colon = text.search(/[:：]/);
  const unitText = text.slice(colon + 1).trim().replace(/[).]+$/, '');
  return { text: unitText, factor: factorOf(match[2]) };
}

const BARE_UNIT = /^\(?(ty dong|trieu dong|nghin dong|ngan dong|billion dongs?|million dongs?|vnd)\)?(\s*[-–\/]\s*(in )?(billions?|millions?|thousands?) (of )?dongs?)?$/;

export function factorOf(foldedUnit: string): number | undefined {
  if (/ty dong|billion/.test(foldedUnit)) return 1e9;
  if (/trieu dong|trieu|million/.test(foldedUnit)) return 1e6;
  if (/nghin dong|ngan dong|nghin|thousand/.test(foldedUnit)) return 1e3;
  if (/dong|vnd/.test(foldedUnit)) return 1;
  return undefined;
}
