import { Decimal, isPercentFormat, readCell } from '../numbers';
import { EMPTY_GRID, keepShapes } from '../shapes';
import { fold, foldOnce } from '../text';
import type { ColumnInfo, RowInfo, TableKind } from '../types';
import { endsWithOfWhich, headingKind, isRatioLabel, isTotalHeading, isTotalLabel, leadsOfWhich, mayEndWithOfWhich, noteKind } from './keywords';
import { isColumnNumberRow } from './header';
import { isLetterScheme, parseNumbering, type Numbering, type NumberingScheme } from './numbering';
import { SheetView } from './sheet-view';
import { rowsMoneyFactor, statesOtherUnit, unitColumnTexts } from './unit-kind';

/**
 * Each row's label folded (../text.ts), by index, once, when first asked for: most rows of a
 * numbered table never are. A class, not a closure made per table: the optimised code that reads
 * it outlives the check (../shapes.ts).
 */
class FoldedLabels {
  // As long as the rows from the start: filled here and there, a growing array would turn sparse (a hash table) on a long table.
  private readonly labels: (string | undefined)[];

  constructor(
    private readonly rows: RowInfo[],
    length: number,
  ) {
    this.labels = new Array<string | undefined>(Math.max(0, length)).fill(undefined);
  }

  at(index: number): string {
    return (this.labels[index] ??= foldOnce(this.rows[index].label));
  }

  /** Whether the row's label ends with `trong đó` (endsWithOfWhich), folded only where it may (mayEndWithOfWhich). */
  endsWithOfWhich(index: number): boolean {
    return mayEndWithOfWhich(this.rows[index].label) && endsWithOfWhich(this.at(index));
  }
}
keepShapes(new FoldedLabels([], 0));

const VALUE_ROLES = new Set(['amount', 'baseline', 'target', 'result', 'other']);

/**
 * The children of every row that has none, shared (an array per row costs a whole sheet of rows
 * 32 MiB): a row's first child replaces it with a list of the row's own. Never added to.
 */
const NO_CHILDREN: number[] = [];

/**
 * Reads each data row's kind, number and label (sheet rows `top`…`bottom`, columns `left`…`right`),
 * then links parents and children. Arguments, not an object made per table whose hidden class a
 * full garbage collection would drop with this function's optimised code (../shapes.ts).
 * `factor`: the size in đồng of the unit stated above the table, when it states one.
 */
export function readRows(view: SheetView, kind: TableKind, columns: ColumnInfo[], top: number, bottom: number, left: number, right: number, factor?: number): RowInfo[] {
  const numberCol = columns.find((c) => c.role === 'number')?.col;
  const nameCol = columns.find((c) => c.role === 'name')?.col;
  // In a cost estimate (`ĐVT | Số lượng | Đơn giá | Thành tiền`) the unit column names what the quantity counts, not the amount's unit.
  const unitCol = columns.some((c) => c.measure) ? undefined : columns.find((c) => c.role === 'unit')?.col;
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  const rowsFactor = kind === 'budget' ? rowsMoneyFactor(unitColumnTexts(view, unitCol, top, bottom), factor) : undefined;
  const reader = new RowReader(view, kind, numberCol, nameCol, unitCol, rowsFactor, valueCols, top, bottom, left, right);
  for (let row = top; row <= bottom; row++) reader.read(row);
  const { rows, numberings, folded, otherUnit } = reader;
  if (kind === 'budget') closingTotal(rows, numberings, folded, view, valueCols);
  const values = kind === 'budget' ? { view, cols: valueCols } : undefined;
  assignLevels(rows, numberings, folded, kind, values);
  if (otherUnit && memoLines(rows, numberings, otherUnit)) {
    unlink(rows);
    assignLevels(rows, numberings, folded, kind, values);
  }
  linkTotals(rows, folded, otherUnit);
  return rows;
}

/**
 * Rows in another unit than the amounts they stand under (`Số hộ được hỗ trợ (hộ)` under a project's
 * money, `- Quy đổi (nghìn USD)`, `Định mức | Triệu đồng/người`) are memo lines, no parts of their parent:
 * they, and the rows under them, become notes. A row in another unit with no parent, or under one in
 * another unit too (`Số người` › `Nam`, `Nữ`), keeps its own sums. `otherUnit`: 1 for each row whose
 * own unit is not the table's (statesOtherUnit). Returns whether any row became a note.
 */
function memoLines(rows: RowInfo[], numberings: (Numbering | undefined)[], otherUnit: Uint8Array): boolean {
  let changed = false;
  const toNote = (index: number): void => {
    rows[index].kind = 'note';
    numberings[index] = undefined;
    for (const child of rows[index].children) toNote(child);
  };
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i].parent;
    if (otherUnit[i] === 0 || rows[i].kind !== 'item' || parent === undefined || otherUnit[parent] === 1) continue;
    toNote(i);
    changed = true;
  }
  return changed;
}

/** Clears what assignLevels wrote, so that it can link the rows again. */
function unlink(rows: RowInfo[]): void {
  for (const row of rows) {
    row.level = 0;
    row.parent = undefined;
    row.children = NO_CHILDREN;
    row.childrenMode = 'all';
    row.breakdowns = undefined;
  }
}

/**
 * Reads a table's rows one by one for readRows: the table's state in an object, the work of a row
 * in a method. Called for every row, the method is optimised within the first table and keeps its
 * optimised code from one check to the next, where a loop in a function called once per table is
 * compiled anew (on the stack) for every check, and its code dropped by the next full garbage
 * collection (../shapes.ts).
 */
class RowReader {
  readonly rows: RowInfo[] = [];
  readonly numberings: (Numbering | undefined)[] = [];
  readonly folded: FoldedLabels;
  /** 1 for each row whose own unit is not the table's amounts' (statesOtherUnit); made at the first such row. */
  otherUnit: Uint8Array | undefined;
  /** Whether an item stands above the row being read. */
  private itemAbove = false;

  constructor(
    private readonly view: SheetView,
    private readonly kind: TableKind,
    private readonly numberCol: number | undefined,
    private readonly nameCol: number | undefined,
    private readonly unitCol: number | undefined,
    private readonly factor: number | undefined,
    private readonly valueCols: number[],
    private readonly top: number,
    private readonly bottom: number,
    private readonly left: number,
    private readonly right: number,
  ) {
    this.folded = new FoldedLabels(this.rows, bottom - top + 1);
  }

  read(row: number): void {
    const { view, numberCol, nameCol, valueCols, left, right, top, kind, rows, folded } = this;
    const blank = view.nextFilled(row, left, right) < 0;
    let number = numberCol !== undefined ? view.ownText(row, numberCol) : '';
    let label = nameCol !== undefined ? view.text(row, nameCol) : '';
    // `Trong đó:` / `Chia ra:` typed in the number column beside an empty name: the row's label, not its number.
    if (!label && number && !parseNumbering(number, numberCol !== undefined) && noteKind(fold(number))) {
      label = number;
      number = '';
    }
    if (!label && !blank) label = view.filledColumns(row, left, right).map((c) => view.ownText(row, c)).find((t) => t !== '' && t !== number && !/^[\d.,\s]+$/.test(t)) ?? '';
    if (numberCol === undefined) {
      const leading = /^([IVX]+|\d{1,3}(?:\.\d{1,3})*|[a-z]\))[.)]?\s+/.exec(label);
      if (leading && parseNumbering(leading[1])) number = leading[1];
    }
    let hasValues = false;
    for (let i = 0; i < valueCols.length && !hasValues; i++) hasValues = !view.isEmpty(row, valueCols[i]);
    const info = rowInfo(row, label);
    // Pushed now: the row's label is folded through `rows` while its kind is decided.
    const index = rows.push(info) - 1;
    if (number) info.number = number;
    let numbering = number ? parseNumbering(number, numberCol !== undefined) : undefined;
    // A bullet (`-`, `+`) numbers nothing: beside `Trong đó: X` or a ratio line it is only the list's mark.
    const bullet = numbering !== undefined && numbering.parts.length === 0;

    // A row whose name cell is the lower part of a label merged down from a row above continues that row.
    const nameMerge = nameCol !== undefined ? view.merge(row, nameCol) : undefined;
    const continuation = nameMerge !== undefined && nameMerge.top < row && nameMerge.top >= top;
    if (blank) info.kind = 'blank';
    else if (continuation) info.kind = 'note';
    else if (!numbering && (isTotalLabel(folded.at(index)) || (label === '' && isTotalLabel(fold(number))) || namesMembers(label, folded.at(index)))) info.kind = 'total';
    else if (kind === 'budget' && !numbering && !this.itemAbove && isTotalHeading(folded.at(index)) && hasValues) {
      info.kind = 'total';
      info.impliedTotal = true;
    } else if (!hasValues && headingKind(folded.at(index))) info.kind = 'note';
    else if (kind === 'budget' && (!numbering || bullet) && (isRatioLabel(folded.at(index)) || (hasValues && this.percentsOnly(row)))) info.kind = 'note';
    else if (bullet && leadsOfWhich(folded.at(index))) numbering = undefined;
    else if (row === top && isColumnNumberRow(view, row, left, right)) info.kind = 'columnNumbers';
    else if (kind === 'indicator' && isGoalRow(view, row, nameCol, right, hasValues, numbering)) info.kind = 'goal';
    if (info.kind !== 'item' && info.kind !== 'goal') numbering = undefined;
    else this.itemAbove = true;
    if (kind === 'budget' && hasValues && info.kind === 'item' && this.statesOtherUnit(row, label)) (this.otherUnit ??= new Uint8Array(this.bottom - top + 1))[index] = 1;
    this.numberings.push(numbering);
  }

  /** Whether the row's unit cell, else its label's closing bracket, names another unit than the table's amounts (statesOtherUnit). */
  private statesOtherUnit(row: number, label: string): boolean {
    const unitCell = this.unitCol !== undefined ? this.view.ownText(row, this.unitCol) : '';
    // Most labels end otherwise than with a bracket, and need no reading.
    if (!unitCell && !/\)\s*:?\s*$/.test(label)) return false;
    return statesOtherUnit(unitCell, label, this.factor);
  }

  /**
   * Whether every value the row holds is a number formatted as a percentage (`0.0%`) or a text
   * with `%`: a ratio line whatever its label says (`Bội chi NSTW/GDP` 3,4%), never an amount.
   */
  private percentsOnly(row: number): boolean {
    const { view, valueCols } = this;
    for (let i = 0; i < valueCols.length; i++) {
      const cell = view.cell(row, valueCols[i]);
      const value = cell?.value;
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
      if (typeof value === 'number' ? !isPercentFormat(cell!.numberFormat) : typeof value !== 'string' || !value.includes('%')) return false;
    }
    return true;
  }
}
keepShapes(new RowReader(new SheetView(EMPTY_GRID), 'budget', undefined, undefined, undefined, undefined, [], 0, -1, 0, -1));

/**
 * A data row as first read: every field set, the optional ones undefined, so that all rows have one
 * shape, which every rule reads; one is kept, and with it that shape (../shapes.ts).
 */
function rowInfo(row: number, label: string): RowInfo {
  return { row, kind: 'item', number: undefined, label, level: 0, parent: undefined, children: NO_CHILDREN, childrenMode: 'all', breakdowns: undefined, impliedTotal: undefined };
}
keepShapes(rowInfo(0, ''));

/**
 * `TỔNG THU CÂN ĐỐI NSNN NĂM 2012` unnumbered under the last item: a total the label implies, kept
 * only where its numbers hold it.
 */
function closingTotal(rows: RowInfo[], numberings: (Numbering | undefined)[], folded: FoldedLabels, view: SheetView, valueCols: number[]): void {
  let last = rows.length - 1;
  while (last >= 0 && (rows[last].kind === 'blank' || rows[last].kind === 'note')) last--;
  const row = rows[last];
  if (!row || row.kind !== 'item' || numberings[last] || !isTotalHeading(folded.at(last))) return;
  if (!valueCols.some((col) => !view.isEmpty(row.row, col))) return;
  row.kind = 'total';
  row.impliedTotal = true;
}

function isGoalRow(view: SheetView, row: number, nameCol: number | undefined, right: number, hasValues: boolean, numbering?: Numbering): boolean {
  if (hasValues) return false;
  const merge = nameCol !== undefined ? view.merge(row, nameCol) : undefined;
  if (merge && merge.right - merge.left >= 2 && merge.right >= right - 1) return true;
  return numbering !== undefined && numbering.rank <= 1;
}

/**
 * Levels follow the numbering ranks the table uses (`I` > `1` > `1.1` > `a)` > `-`), unless its sums
 * show a lettered group standing between two other schemes (groupRank). A row with no number takes
 * the rank of rows labelled like it (`Dự án 3` beside `I Dự án 1`), else of the row before it. A
 * dotted number hangs under the row with its prefix; when that row is missing the child hangs under
 * the block it stands in, and the numbering rule reports the gap.
 */
function assignLevels(rows: RowInfo[], numberings: (Numbering | undefined)[], folded: FoldedLabels, kind: TableKind, values: RowValues | undefined): void {
  // Each as long as the rows from the start, as map() made them: a whole sheet of rows is not grown by copies.
  const inlineOfWhich = new Array<boolean>(rows.length);
  for (let i = 0; i < rows.length; i++) inlineOfWhich[i] = rows[i].kind === 'item' && !numberings[i] && leadsOfWhich(folded.at(i));
  let ranks = rankRows(rows, numberings, folded, kind, inlineOfWhich, undefined);
  let parents = parentsOf(rows, numberings, ranks, inlineOfWhich);
  const moved = values && groupRank(rows, numberings);
  if (moved) {
    const movedRanks = rankRows(rows, numberings, folded, kind, inlineOfWhich, moved);
    const movedParents = parentsOf(rows, numberings, movedRanks, inlineOfWhich);
    if (sumScore(rows, movedParents, values) > sumScore(rows, parents, values)) {
      ranks = movedRanks;
      parents = movedParents;
    }
  }
  link(rows, ranks, parents, folded, inlineOfWhich);
}

/** A numbering scheme placed at another rank than numbering.ts gives it. */
interface MovedScheme {
  scheme: NumberingScheme;
  rank: number;
}

/**
 * The rank each item or goal row stands at (undefined for other rows), its numbering's unless
 * `moved` places its scheme elsewhere. A row with no number takes a rank by its stem, or the rank
 * under the numbered row above it (a breakdown), or that row's.
 */
function rankRows(
  rows: RowInfo[],
  numberings: (Numbering | undefined)[],
  folded: FoldedLabels,
  kind: TableKind,
  inlineOfWhich: boolean[],
  moved: MovedScheme | undefined,
): (number | undefined)[] {
  // Only rows without a number take a rank by their stem: tables numbered throughout need no stems.
  let byStem: Map<string, number> | undefined;
  // byStem's stems while they are few (a table labels its rows a handful of ways): each label is
  // compared with them in place, without slicing its stem out.
  let stems: string[] | undefined;
  const rankByStem = (i: number) => {
    const end = stemEnd(rows[i].label, i, folded);
    if (end < 0) return undefined;
    if (!byStem) {
      byStem = ranksByStem(rows, numberings, folded, moved);
      if (byStem.size <= 16) stems = [...byStem.keys()];
    }
    const label = folded.at(i);
    if (!stems) return byStem.get(label.slice(0, end));
    for (const stem of stems) if (stem.length === end && label.startsWith(stem)) return byStem.get(stem);
    return undefined;
  };
  let previousRank: number | undefined;
  let previousNumbered = false;
  // Loops, not callbacks made per table: the optimised code of a callback goes with it at the next
  // full garbage collection, that of this function stays (../shapes.ts).
  const ranks = new Array<number | undefined>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== 'item' && row.kind !== 'goal') {
      ranks[i] = undefined;
      continue;
    }
    let rank = rankOf(numberings[i], moved) ?? rankByStem(i);
    if (rank === undefined) {
      // In a budget table an unnumbered row under a numbered item breaks that item down; a
      // `Trong đó: X` line always belongs to the row just above it.
      if (inlineOfWhich[i] && previousRank !== undefined) {
        ranks[i] = previousRank + 0.5;
        continue;
      }
      const breaksDown = kind === 'budget' && previousNumbered && previousRank !== undefined && !fillsGap(rows, numberings, i);
      rank = breaksDown ? previousRank! + 0.5 : (previousRank ?? (row.kind === 'goal' ? 0 : 99));
    }
    previousNumbered = numberings[i] !== undefined;
    previousRank = rank;
    ranks[i] = rank;
  }
  return ranks;
}

/** A numbering's rank, or the one `moved` gives its scheme. */
function rankOf(numbering: Numbering | undefined, moved: MovedScheme | undefined): number | undefined {
  return numbering && moved && numbering.scheme === moved.scheme ? moved.rank : numbering?.rank;
}

/**
 * Each row's parent by the ranks (-1 for none): the nearest row above of a smaller rank since the
 * last total row; a dotted number's, the row with its prefix when one stands there.
 */
function parentsOf(rows: RowInfo[], numberings: (Numbering | undefined)[], ranks: (number | undefined)[], inlineOfWhich: boolean[]): Int32Array {
  const parents = new Int32Array(rows.length).fill(-1);
  const stack: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    if (rows[index].kind === 'total') {
      stack.length = 0;
      continue;
    }
    const rank = ranks[index];
    if (rank === undefined) continue;
    while (stack.length && ranks[stack[stack.length - 1]]! >= rank) stack.pop();
    const numbering = numberings[index];
    if (numbering?.scheme === 'dotted') {
      let hasPrefixParent = false;
      for (let k = 0; k < stack.length && !hasPrefixParent; k++) hasPrefixParent = isPrefix(rows[stack[k]].number, numbering.parts);
      if (!hasPrefixParent) while (stack.length && ranks[stack[stack.length - 1]]! >= rank - 1) stack.pop();
    }
    if (stack.length) parents[index] = stack[stack.length - 1];
    // A `Trong đó: X` line is a part of the row above, never a parent of what follows.
    if (!inlineOfWhich[index]) stack.push(index);
  }
  return parents;
}

/** Writes each row's parent, children, level and children's mode (`Trong đó` lines above or in the parent's label). */
function link(rows: RowInfo[], ranks: (number | undefined)[], parents: Int32Array, folded: FoldedLabels, inlineOfWhich: boolean[]): void {
  // What the headings since the last item (`Trong đó:`, `Chia ra:`, `Chia theo …`) make of the rows
  // under them: a part wherever one of them says `Trong đó`.
  let pendingMode: RowInfo['childrenMode'] | undefined;
  // Whether those headings stack a `Chia theo …` with a `Trong đó:` (a part, itself broken down).
  let stacked = false;
  // Rows whose children started under a heading: a later heading among them starts another breakdown.
  const headed = new Set<number>();
  // Rows whose `Trong đó:` heads sub-headings: a later `Chia theo …` among their children is a part too.
  const partScopes = new Set<number>();
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (row.kind === 'note') {
      const mode = headingKind(folded.at(index));
      if (mode === 'ofWhich' || mode === 'all') {
        stacked ||= pendingMode !== undefined && pendingMode !== mode;
        pendingMode = pendingMode === 'ofWhich' ? 'ofWhich' : mode;
      }
      continue;
    }
    if (ranks[index] === undefined) continue;
    const parentIndex = parents[index];
    if (parentIndex >= 0) {
      row.parent = parentIndex;
      const parent = rows[parentIndex];
      // The shared empty list is replaced, never added to.
      if (parent.children === NO_CHILDREN) parent.children = [index];
      else parent.children.push(index);
      row.level = parent.level + 1;
      if (pendingMode && parent.children.length === 1) {
        parent.childrenMode = pendingMode;
        headed.add(parentIndex);
        if (stacked && pendingMode === 'ofWhich') partScopes.add(parentIndex);
      } else if (pendingMode && headed.has(parentIndex)) {
        startBreakdown(parent, index, pendingMode === 'all' && partScopes.has(parentIndex) ? 'ofWhich' : pendingMode);
      } else if (parent.breakdowns) parent.breakdowns[parent.breakdowns.length - 1].children.push(index);
      else if (inlineOfWhich[index] || (parent.children.length === 1 && folded.endsWithOfWhich(parentIndex))) parent.childrenMode = 'ofWhich';
    } else {
      row.level = 0;
    }
    pendingMode = undefined;
    stacked = false;
  }
}

/**
 * Starts another breakdown of `parent` at its last child `child`, under a heading of its own: the
 * children before it are the first (or earlier) ones. Together they count some rows twice and are
 * no sum of the parent: its children as a whole are read as parts.
 */
function startBreakdown(parent: RowInfo, child: number, mode: RowInfo['childrenMode']): void {
  parent.breakdowns ??= [{ children: parent.children.slice(0, -1), mode: parent.childrenMode }];
  parent.breakdowns.push({ children: [child], mode });
  parent.childrenMode = 'ofWhich';
}

/**
 * A place for a lettered group that the fixed order puts out of place: `I Ngành` › `a) Dự án
 * chuyển tiếp` › `1`, `2` › `b) Dự án khởi công mới` › `3`, where `a)` ranks below `1` and `b)`
 * would fall under project 2 (and `A` › `1` under `I` likewise ranks above `I`). Asked when a
 * letter row stands right after a row of an outer scheme and right before one of an inner scheme
 * that its rank does not lie between: the letters are then tried just above the inner scheme, and
 * kept there only where more parents equal their children (sumScore). Undefined when no row does.
 */
function groupRank(rows: RowInfo[], numberings: (Numbering | undefined)[]): MovedScheme | undefined {
  let previous: Numbering | undefined;
  for (let i = 0; i < rows.length; i++) {
    const numbering = numberings[i];
    if (!numbering || (rows[i].kind !== 'item' && rows[i].kind !== 'goal')) continue;
    if (previous && isLetterScheme(numbering.scheme) && previous.scheme !== numbering.scheme) {
      const next = nextNumbering(rows, numberings, i + 1);
      if (next && next.scheme !== numbering.scheme && previous.rank < next.rank && !(previous.rank < numbering.rank && numbering.rank < next.rank)) {
        // Between the two, clear of an unnumbered breakdown of the outer row (its rank + 0.5).
        return { scheme: numbering.scheme, rank: next.rank - 0.25 };
      }
    }
    previous = numbering;
  }
  return undefined;
}

/** The numbering of the first numbered item or goal row from `start` on. */
function nextNumbering(rows: RowInfo[], numberings: (Numbering | undefined)[], start: number): Numbering | undefined {
  for (let i = start; i < rows.length; i++) if (numberings[i] && (rows[i].kind === 'item' || rows[i].kind === 'goal')) return numberings[i];
  return undefined;
}

/** The amounts of a row in the value columns: `readCell` of each, read when a hierarchy is weighed. */
interface RowValues {
  view: SheetView;
  cols: number[];
}

/**
 * How well a hierarchy's sums hold: each parent and value column where the parent and all its
 * children hold numbers (an empty cell or `-` is 0) counts +1 where the parent equals their sum
 * exactly, −1 where it does not.
 */
function sumScore(rows: RowInfo[], parents: Int32Array, values: RowValues): number {
  const childrenOf = new Map<number, number[]>();
  for (let i = 0; i < parents.length; i++) {
    if (parents[i] < 0) continue;
    const list = childrenOf.get(parents[i]);
    if (list) list.push(i);
    else childrenOf.set(parents[i], [i]);
  }
  let score = 0;
  for (const [parent, children] of childrenOf) {
    for (const col of values.cols) {
      const total = amountAt(values, rows[parent].row, col);
      if (total === undefined || total === EMPTY) continue;
      let sum = new Decimal(0);
      let readable = true;
      for (let k = 0; k < children.length && readable; k++) {
        const amount = amountAt(values, rows[children[k]].row, col);
        if (amount === undefined) readable = false;
        else if (amount !== EMPTY) sum = sum.plus(amount);
      }
      if (readable) score += sum.equals(total) ? 1 : -1;
    }
  }
  return score;
}

const EMPTY = Symbol('empty');

/** A cell's amount: EMPTY for nothing or `-`, undefined for words, an error or a text both conventions read, differently. */
function amountAt(values: RowValues, row: number, col: number): Decimal | typeof EMPTY | undefined {
  const quantity = readCell(values.view.cell(row, col));
  if (quantity.kind === 'empty') return EMPTY;
  if (quantity.kind !== 'number' || quantity.notation === 'ambiguous' || quantity.per || quantity.bound) return undefined;
  return quantity.value;
}

/**
 * Whether a row's number is the prefix of a dotted number (`2.1` of `2.1.3`: all its `parts` but the
 * last, joined by dots), a trailing `.` aside (`2.1.` is `2.1`). Read digit by digit, without making
 * the prefix: asked of every dotted row against the rows above it.
 */
function isPrefix(text: string | undefined, parts: readonly number[]): boolean {
  if (text === undefined) return false;
  let pos = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    if (k > 0 && text.charCodeAt(pos++) !== 0x2e) return false;
    const part = parts[k];
    let unit = 1;
    while (unit * 10 <= part) unit *= 10;
    for (; unit >= 1; unit /= 10) if (text.charCodeAt(pos++) !== 0x30 + (Math.floor(part / unit) % 10)) return false;
  }
  return pos === text.length || (pos === text.length - 1 && text.charCodeAt(pos) === 0x2e);
}

/**
 * Whether the unnumbered rows from `index` on stand where numbers are missing (`2`, ·, `4`): the
 * next numbered row of the same scheme skips exactly as many numbers as there are such rows.
 */
function fillsGap(rows: RowInfo[], numberings: (Numbering | undefined)[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && !numberings[before]) before--;
  let after = index;
  let unnumbered = 0;
  while (after < rows.length && !numberings[after]) {
    if (rows[after].kind === 'item' || rows[after].kind === 'goal') unnumbered++;
    after++;
  }
  const previous = numberings[before];
  const next = numberings[after];
  if (!previous || !next || previous.scheme !== next.scheme || previous.parts.length !== 1 || next.parts.length !== 1) return false;
  return next.parts[0] - previous.parts[0] === unnumbered + 1;
}

/** The rank of the numbered rows labelled like each stem (`du an` ← `Dự án 1`), first one wins. */
function ranksByStem(rows: RowInfo[], numberings: (Numbering | undefined)[], folded: FoldedLabels, moved: MovedScheme | undefined): Map<string, number> {
  const ranks = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const numbering = numberings[i];
    if (!numbering) continue;
    const end = stemEnd(rows[i].label, i, folded);
    if (end < 0) continue;
    const stem = folded.at(i).slice(0, end);
    if (!ranks.has(stem)) ranks.set(stem, rankOf(numbering, moved)!);
  }
  return ranks;
}

/**
 * The length of a label's stem in its folded text (`Dự án 3` → `du an`, 5): the folded label
 * without its trailing number and the space before it; -1 for a label without a trailing number.
 */
function stemEnd(label: string, index: number, foldedLabel: FoldedLabels): number {
  if (!isDigit(label.charCodeAt(label.length - 1))) return -1;
  const folded = foldedLabel.at(index);
  // `folded` without its trailing digits and the space before them (folded text has single spaces only).
  let end = folded.length;
  while (end > 0 && isDigit(folded.charCodeAt(end - 1))) end--;
  if (end === folded.length) return -1;
  if (end > 0 && folded.charCodeAt(end - 1) === 0x20) end--;
  return end >= 2 ? end : -1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A total row covers the top-level rows of its section; stacked totals cover the same rows. A total
 * whose label ends with `trong đó` (`TỔNG CHI NSNN, trong đó:`), or that a `Trong đó:` line follows,
 * lists parts of itself below it: they may add up to less.
 */
function linkTotals(rows: RowInfo[], folded: FoldedLabels, otherUnit: Uint8Array | undefined): void {
  let sectionStart = 0;
  // The subtotals that closed a section since the last grand total: a total with no row of its own
  // above adds them (`Cộng` … `Cộng` … `Tổng cộng`, as the published forms do, so a subtotal's slip is
  // that subtotal's alone), or the one section's rows (`Cộng` then `Tổng cộng` stacked on them).
  let subtotals: number[] = [];
  const numbered = new NumberedRows(rows);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (row.kind !== 'total') continue;
    // `Tổng số (A+B+C)` names its members: exactly those rows, wherever they stand.
    const members = listedMembers(numbered, row.label);
    if (members) {
      row.children = members;
      sectionStart = index + 1;
      continue;
    }
    const above = topLevel(rows, sectionStart, index, otherUnit);
    if (above.length > 0) {
      row.children = above;
      subtotals.push(index);
    } else if (subtotals.length > 0) {
      row.children = subtotals.length === 1 ? rows[subtotals[0]].children : subtotals;
      row.kind = 'grandTotal';
      // A total stacked on this one covers the same rows.
      subtotals = [index];
    } else {
      let end = index + 1;
      while (end < rows.length && rows[end].kind !== 'total') end++;
      row.children = topLevel(rows, index + 1, end, otherUnit);
      let next = index + 1;
      while (next < end && rows[next].kind === 'blank') next++;
      if (folded.endsWithOfWhich(index) || (rows[next]?.kind === 'note' && noteKind(folded.at(next)) === 'ofWhich')) row.childrenMode = 'ofWhich';
      else {
        // `Tổng số` above sections each closed by its `Cộng`: the total of their subtotals.
        const closing = closingSubtotals(rows, index + 1, otherUnit);
        if (closing.length >= 2) {
          row.children = closing;
          row.kind = 'grandTotal';
        }
      }
    }
    sectionStart = index + 1;
  }
}

/**
 * The total rows from `start` on that each close a section of rows above them (`… Cộng`, `… Cộng`),
 * up to the first total with none above (a grand total at the bottom) or a section left open.
 */
function closingSubtotals(rows: RowInfo[], start: number, otherUnit: Uint8Array | undefined): number[] {
  const closing: number[] = [];
  let sectionStart = start;
  for (let i = start; i < rows.length; i++) {
    if (rows[i].kind !== 'total') continue;
    // A total with no row above it ends the run (the grand total at the bottom, or the next total stacked on this one).
    if (topLevel(rows, sectionStart, i, otherUnit).length === 0) return closing;
    closing.push(i);
    sectionStart = i + 1;
  }
  return closing.length > 0 && topLevel(rows, sectionStart, rows.length, otherUnit).length === 0 ? closing : [];
}

/** A bracket listing a total's members: `(A+B+C)`, `(I + II)`, `(1+2)`. */
const MEMBERS = /\(\s*([A-Z0-9]{1,5}(?:\s*\+\s*[A-Z0-9]{1,5})+)\s*\)/;

/**
 * Whether an unnumbered label opens with a total word and lists its members (`Cộng thu cân đối ngân
 * sách huyện (A+B)`, `Tổng chi cân đối (I+II)`): a subtotal wherever it stands, though what it totals
 * is named too long for isTotalLabel. `folded`: the label folded.
 */
function namesMembers(label: string, folded: string): boolean {
  return /^(tong|cong|total|sub-?total)\b/.test(folded) && MEMBERS.test(label);
}

/** The rows a total's label lists (`Tổng số (A+B+C)`, `Cộng (I + II)`), when each is found once. */
function listedMembers(numbered: NumberedRows, label: string): number[] | undefined {
  const match = MEMBERS.exec(label);
  if (!match) return undefined;
  const found = match[1].split('+').map((n) => numbered.first(n.trim()));
  return found.every((i) => i >= 0) ? found : undefined;
}

/** The first item or goal row of each number (`A`, `II`, `3`), indexed on the first look-up: totals that list their members may be many. */
class NumberedRows {
  private index: Map<string, number> | undefined;
  constructor(private readonly rows: RowInfo[]) {}

  first(number: string): number {
    if (!this.index) {
      this.index = new Map();
      this.rows.forEach((r, i) => {
        const key = r.number?.replace(/[.)]$/, '');
        if ((r.kind === 'item' || r.kind === 'goal') && key !== undefined && !this.index!.has(key)) this.index!.set(key, i);
      });
    }
    return this.index.get(number) ?? -1;
  }
}

/** The top-level item and goal rows from `start` to before `end`: those a total adds, so none in another unit than the table's amounts. */
function topLevel(rows: RowInfo[], start: number, end: number, otherUnit: Uint8Array | undefined): number[] {
  const indexes: number[] = [];
  for (let i = start; i < end; i++) if ((rows[i].kind === 'item' || rows[i].kind === 'goal') && rows[i].parent === undefined && otherUnit?.[i] !== 1) indexes.push(i);
  return indexes;
}
