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
