import { fold } from '../text';
import type { TableUnit } from '../types';
import type { SheetView } from './sheet-view';

/** What a table's units say its figures are: an indicator's (`%`, `người`, `/100`) or money (`đồng`). */
export type UnitKind = 'indicator' | 'money';

/** `đồng`, `triệu đồng`, `nghìn đồng`, `tỷ đồng`, `VNĐ`, `million VND`, folded, brackets removed. */
const MONEY = /^((tram |chuc )?(trieu|nghin|ngan|ty)\s*)?(dong|vnd|vnđ|d)(\s*\/\s*\S+)?$|^(thousand|million|billion)?\s*(vnd|dong|usd)$|^usd$/;

/** Rates, ratios and counts of people or places: the units of an indicator grid. */
const INDICATOR = /%|‰|^\/\s*\d|^(per|tren)\s+\d|^(nguoi|lan|ty le|ty so|ti le|ho|xa|huyen|tinh|co so|don vi|doanh nghiep|lop|cuoc|buoi|tre|ca|vu|cap|tin|bai|chuyen muc|gio|ngay|nam|thang|so|persons?|people|times|cases|households|hours|days|years|units|ratio|rate)(\b|$)/;

function kindOfUnit(text: string): UnitKind | undefined {
  const folded = fold(text).replace(/[()[\]]/g, '').trim();
  if (!folded) return undefined;
  if (MONEY.test(folded)) return 'money';
  if (INDICATOR.test(folded)) return 'indicator';
  return undefined;
}

/**
 * Whether a table's plan and result columns (`Kế hoạch`, `Thực hiện`) hold an indicator's values or
 * a budget's amounts, decided by the unit, not by those words: the units its unit column holds
 * (the more common kind wins), else a money unit stated above the table (`Đơn vị tính: triệu
 * đồng`). `unitTexts` are the unit column's cells, as shown; undefined when nothing says.
 */
export function unitKindOf(unitTexts: readonly string[], tableUnit?: TableUnit): UnitKind | undefined {
  // A grid writes a handful of units over thousands of rows: each different text is read once.
  const counts = new Map<string, number>();
  for (let i = 0; i < unitTexts.length; i++) counts.set(unitTexts[i], (counts.get(unitTexts[i]) ?? 0) + 1);
  let money = 0;
  let indicator = 0;
  for (const [text, count] of counts) {
    const kind = kindOfUnit(text);
    if (kind === 'money') money += count;
    else if (kind === 'indicator') indicator += count;
  }
  if (money !== indicator) return money > indicator ? 'money' : 'indicator';
  return tableUnit?.factor !== undefined ? 'money' : undefined;
}

/** The texts of a unit column's cells between two sheet rows, as shown (merged cells included). */
export function unitColumnTexts(view: SheetView, col: number | undefined, top: number, bottom: number): string[] {
  if (col === undefined) return [];
  const texts: string[] = [];
  for (let row = top; row <= bottom; row++) {
    const text = view.ownText(row, col);
    if (text) texts.push(text);
  }
  return texts;
}

/** A money unit alone (`Triệu đồng`, `tr.đ`, `nghìn đồng`, `VNĐ`), folded, brackets removed. */
const MONEY_ALONE = /^((trieu|nghin|ngan|ty|tr|ng)\.?\s*|1[.,]?000([.,]?000)?\s*)?(dong|d|vnd)$/;
/** Another currency than the đồng (`USD`, `nghìn USD`, `triệu EUR`): amounts no đồng total adds. */
const OTHER_CURRENCY = /\b(usd|eur|euro|jpy|yen|do la|dollars?|nhan dan te|cny|won|krw)\b/;
/**
 * Units a label names in its closing bracket (`Số hộ được hỗ trợ (hộ)`, `Chiều dài (km)`): counts and
 * physical sizes. A label's bracket may hold anything (`(bao gồm …)`, `(1)`, `(I+II)`), so only these
 * are read as its unit; a unit column's cell is a unit whatever it says.
 */
const COUNT_OR_SIZE = /^(so )?(nguoi|luot( nguoi)?|ho|the|lop|xa|thon|km|m|m2|m3|ha|tan|cai|chiec|con|bo|cong trinh|du an|hoc vien|hoc sinh|doi tuong|truong|giuong|lan|ngay|thang|nam|buoi|cuoc|dot|tre|ca|suat|phong|diem|don vi|co so|doanh nghiep|hop tac xa|mo hinh|tin|bai|cuon|ban|persons?|people|households?|units?|km2|hectares?|tons?)$/;

/**
 * Whether a row's own unit says its figures are no amounts of the table's (`Số hộ (hộ)`, `Tỷ đồng` in a
 * triệu đồng table, `Triệu đồng/người`, `nghìn USD`): its unit column's cell, else a unit in the closing
 * bracket of its label. A money unit is the table's when its size is `factor` (in đồng), or when that is
 * unknown; a unit of money per something (`đồng/người/tháng`) is a rate, and a percentage a ratio.
 */
export function statesOtherUnit(unitCell: string, label: string, factor: number | undefined): boolean {
  if (unitCell) return otherUnit(fold(unitCell).replace(/[()[\]]/g, '').trim(), factor, true);
  const bracket = /\(([^()]{1,30})\)\s*:?\s*$/.exec(label);
  return bracket !== null && otherUnit(fold(bracket[1]).trim(), factor, false);
}

function otherUnit(folded: string, factor: number | undefined, unitColumn: boolean): boolean {
  if (!folded) return false;
  if (MONEY_ALONE.test(folded)) return factor !== undefined && moneyFactor(folded) !== factor;
  // A rate in a label's bracket (`Dự phòng (3%)`) names the item, not its unit.
  if (!unitColumn && /(^|[^a-z])\d/.test(folded)) return false;
  if (folded.includes('%') || folded.includes('‰') || OTHER_CURRENCY.test(folded)) return true;
  // Money per something (`triệu đồng/người`), or a count per something (`người/lớp`): a rate.
  if (/\S\s*\/\s*\S/.test(folded)) return true;
  return unitColumn || COUNT_OR_SIZE.test(folded);
}

/** The size in đồng of a unit MONEY_ALONE reads. */
function moneyFactor(folded: string): number {
  if (/^1[.,]?000[.,]?000/.test(folded)) return 1e6;
  if (/^1[.,]?000/.test(folded)) return 1e3;
  if (folded.startsWith('ty')) return 1e9;
  if (folded.startsWith('tr')) return 1e6;
  if (folded.startsWith('ng')) return 1e3;
  return 1;
}

/**
 * The money factor a table's rows are in: the unit above the table, else the one its unit column
 * names most often (`Triệu đồng` on most rows); undefined when neither says.
 */
export function rowsMoneyFactor(unitTexts: readonly string[], tableFactor: number | undefined): number | undefined {
  if (tableFactor !== undefined) return tableFactor;
  const counts = new Map<number, number>();
  for (let i = 0; i < unitTexts.length; i++) {
    const folded = fold(unitTexts[i]).replace(/[()[\]]/g, '').trim();
    if (MONEY_ALONE.test(folded)) counts.set(moneyFactor(folded), (counts.get(moneyFactor(folded)) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [f, count] of counts) if (best === undefined || count > counts.get(best)!) best = f;
  return best;
}
