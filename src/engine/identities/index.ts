import { grown } from '../arrays';
import { Decimal } from '../numbers';
import { amountColumns, blockAt, type BudgetReader, isDataRow, type Pos, rowHasAmounts } from '../rules/budget/model';
import type { CellRange, ChildrenMode, ColumnIdentity, ColumnInfo, FundingSource, NoteAmount, TableModel } from '../types';
import { allowanceAt, allowanceOf, rememberAllowance } from './rounding';
import { isZero, toDecimal } from './values';
import { EMPTY_TABLE, keepShapes } from '../shapes';
import { breakdownOf, keptColumn } from '../detect/columns';
import { localLevelOf, statesDifference } from '../detect/keywords';
import { differenceColumns } from '../detect/column-identities';
import { fold } from '../text';
import { addsExactly, readSumRanges } from '../rules/budget/formula-refs';

/**
 * The arithmetic a budget table promises, as data (the *edits* of data editing): `target` =
 * Σ coef × `terms` (or, for `Trong đó` breakdowns, Σ terms ≤ `target`). Built once per table from
 * its reading; the rules report the ones that fail and localisation (src/engine/locate) decides
 * over all of them at once which cells are wrong.
 */
export type IdentityKind =
  | 'sourcePeriod' // a source's period total = that source over the years
  | 'yearTotal' // a year's total column = its sources
  | 'periodTotal' // the period total column = the period sources, or the year totals
  | 'children' // a parent = its children
  | 'childrenOfWhich' // `Trong đó` children ≤ their parent
  | 'totalRow' // a total row = the top-level rows
  | 'mergedYear' // a grand total merged over a year's sources = those sources over the top-level rows
  | 'mergedPeriod' // the same over the period's sources
  | 'columnFormula' // the column-number row's `3=4+5`, on every row
  | 'columnBreakdown' // a `Tổng số` column over its sub-columns, or a column over its `Chia ra` / `Trong đó` columns
  | 'columnDifference'; // a `Tăng, giảm` / `Chênh lệch` column = one amount column minus another, on every row

export type IdentityRule = 'budget/row-total' | 'budget/children-sum' | 'budget/total-rows';

/**
 * One identity. Its terms are kept as the rows × columns they span (each row's columns in turn,
 * arrays shared between the identities of a row or a column, never modified): a table of 200,000
 * amounts holds tens of thousands of identities, and a table that holds needs no term as an object.
 */
export class Identity {
  /** Index in the table's identity list. */
  id = 0;
  /** The residual, worked out once (null: a cell has no value). */
  residual: Decimal | number | null | undefined = undefined;
  private termList: Pos[] | undefined = undefined;

  constructor(
    public rule: IdentityRule,
    public kind: IdentityKind,
    public target: Pos,
    /** Sheet rows of the terms. */
    readonly termSheetRows: readonly number[],
    /** Columns of the terms, on each of those rows. */
    readonly termCols: readonly number[],
    /** Coefficient of each term; all 1 when absent. */
    public coefs: number[] | undefined,
    /** `=`, or `<=` for a part (`Trong đó`): Σ terms ≤ target. */
    public relation: '=' | '<=',
    /** Said by the table itself (numbering, `Tổng`/`Cộng` rows, the column-number row); else implied by the reading. */
    public stated: boolean,
    /** Implied identities of one family (one column pattern over all rows) are kept or dropped together. */
    public family: string | undefined,
    /** `rows`: the terms are cells of other rows (a vertical sum); `columns`: cells of the same row. */
    public across: 'rows' | 'columns',
    /** Index into table.rows of the target's row. */
    public rowIndex: number,
    /** The target's column. */
    public column: ColumnInfo,
    /** The table rows (indexes) whose cells are the terms, for vertical sums. */
    public termRows: number[],
  ) {}

  /** The terms as cells, in order (built on first use: localisation and findings ask, a table that holds does not). */
  get terms(): Pos[] {
    if (!this.termList) {
      const list: Pos[] = [];
      for (const row of this.termSheetRows) for (const col of this.termCols) list.push({ row, col });
      this.termList = list;
    }
    return this.termList;
  }
}

export interface Evaluation {
  expected: Decimal;
  actual: Decimal;
}

/**
 * What the identities of one column pattern share (a plan column and its kind): all but the row.
 * One object for every row of a table, not one per identity.
 */
export interface IdentitySpec {
  readonly rule: IdentityRule;
  readonly kind: IdentityKind;
  readonly relation: '=' | '<=';
  readonly stated: boolean;
  /** The family of an implied column pattern; a parent's or a total row's identities take their group's. */
  readonly family: string | undefined;
  readonly across: 'rows' | 'columns';
  /** The target's column. */
  readonly column: ColumnInfo;
  readonly col: number;
  readonly termCols: readonly number[];
  readonly coefs: number[] | undefined;
  /** A parent's sum read as a part (`Trong đó`): the same with `childrenOfWhich`, `<=` (children sums only). */
  ofWhich: IdentitySpec | undefined;
  /**
   * A row's total over sources listed under `Trong đó` (`<=`): the same with `=`, which the table's
   * rows may bear out (completeLists). A parent's sum read as a part (`childrenOfWhich`): the
   * parent's sum, which its columns may bear out (completeBreakdowns).
   */
  complete: IdentitySpec | undefined;
  /** The list the spec is registered in, and its index there. */
  owner: IdentityList | undefined;
  index: number;
}

function specOf(
  rule: IdentityRule,
  kind: IdentityKind,
  column: ColumnInfo,
  col: number,
  termCols: readonly number[],
  coefs: number[] | undefined,
  relation: '=' | '<=',
  stated: boolean,
  family: string | undefined,
  across: 'rows' | 'columns',
): IdentitySpec {
  // Every field in one order: one object shape for every spec.
  return { rule, kind, relation, stated, family, across, column, col, termCols, coefs, ofWhich: undefined, complete: undefined, owner: undefined, index: -1 };
}

/**
 * The terms' rows of a group of identities that sum down rows (a parent's, a total row's). A row's
 * own identities (across its columns) need none: their terms are on their row. A class, whose
 * hidden class is kept (../shapes.ts): the residuals read it.
 */
class GroupTerms {
  constructor(
    readonly termSheetRows: readonly number[],
    /** Indexes into table.rows of those rows. */
    readonly termRows: number[],
    /** The family of a parent's or an implied total row's identities. */
    readonly family: string | undefined,
  ) {}
}
keepShapes(new GroupTerms([], [], undefined));

/** Lent by IdentityList.lentRows() for a sum over one row's cells, never kept. */
const ONE_ROW: number[] = [0];

/** An identity's residual: not worked out yet, a number, none (a cell has no value), a decimal. */
const RESIDUAL_UNKNOWN = 0;
const RESIDUAL_NUMBER = 1;
const RESIDUAL_NONE = 2;
const RESIDUAL_DECIMAL = 3;

/**
 * A table's identities, packed: each one is its spec and its group (two array slots, and its
 * residual once worked out), not an object. Most tables hold, and a table of 200,000 amounts has
 * tens of thousands of identities: Identity objects are made only when asked for (localisation,
 * once an identity breaks; a rule that reports one).
 */
export class IdentityList {
  /**
   * Per group (the identities of one run: their totals' row and their terms' rows; a row's own
   * identities, a parent's, a total row's): its totals' sheet row and table row index, and its
   * terms' rows (`[row]`, made when first asked for, for a row's own identities).
   */
  private groupRows = new Int32Array(256);
  private groupRowIndexes = new Int32Array(256);
  /**
   * Per group: 1 + its terms' index in `termTable`, 0 while it has none (a row's own group until
   * asked). Most groups are rows' own: a typed array, where an array of a million `undefined`s
   * grew by copies into the large-object space.
   */
  private groupTermIds = new Int32Array(256);
  private readonly termTable: GroupTerms[] = [];
  private groupCount = 0;
  private count = 0;
  /** Per identity: its spec (an index into `specTable`) and its group; typed arrays, so that growing them leaves no garbage on the heap. */
  private specIds = new Int32Array(1024);
  private groupIds = new Int32Array(1024);
  /** Per identity: its total's column (its spec's `col`), read without the spec: localisation asks it of every identity on a row, for each formula cell it walks through. */
  private targetCols = new Int32Array(1024);
  private readonly specTable: IdentitySpec[] = [];
  /** Each identity's residual once worked out: RESIDUAL_* in `residualStates`, a number in `residualValues`, a decimal in `decimals`. */
  private residualStates = new Uint8Array(1024);
  private residualValues = new Float64Array(1024);
  private readonly decimals = new Map<number, Decimal>();
  /** Each identity's rounding allowance once worked out: a total of 20,000 items is asked for it by the partial lists, the families and localisation. */
  private readonly allowances = new Map<number, Decimal>();
  // Set in the constructor, so that every list has one hidden class.
  private objects: (Identity | undefined)[] | undefined = undefined;
  /** Per identity: 1 + whether its total's formula adds exactly its terms (addsItsTerms), 0 until asked; made on the first ask. */
  private addsTerms: Uint8Array | undefined = undefined;

  get length(): number {
    return this.count;
  }

  /** How many groups the list holds. */
  get groupLength(): number {
    return this.groupCount;
  }

  push(spec: IdentitySpec, group: number): void {
    this.addsTerms = undefined;
    if (this.count === this.specIds.length) this.grow();
    if (spec.owner !== this) {
      spec.owner = this;
      spec.index = this.specTable.push(spec) - 1;
    }
    this.specIds[this.count] = spec.index;
    this.groupIds[this.count] = group;
    this.targetCols[this.count] = spec.col;
    this.residualStates[this.count] = RESIDUAL_UNKNOWN;
    if (this.allowances.size > 0) this.allowances.delete(this.count);
    this.count++;
  }

  /**
   * Makes room for `identities` identities in `groups` groups in all, so that a table of a million
   * rows fills its arrays once instead of doubling them twenty times (each doubling a copy, and the
   * large old arrays garbage).
   */
  reserve(identities: number, groups: number): void {
    if (identities > this.specIds.length) this.grow(identities);
    if (groups > this.groupRows.length) this.growGroups(groups);
  }

  private grow(size = this.specIds.length * 2): void {
    this.specIds = grown(this.specIds, size);
    this.groupIds = grown(this.groupIds, size);
    this.targetCols = grown(this.targetCols, size);
    this.residualStates = grown(this.residualStates, size);
    this.residualValues = grown(this.residualValues, size);
  }

  /** Keeps the first `length` identities. */
  truncate(length: number): void {
    this.objects = undefined;
    this.addsTerms = undefined;
    this.count = length;
  }

  /** Moves identity `from` to `to` (to ≤ from), for compacting the list. */
  move(from: number, to: number): void {
    this.objects = undefined;
    this.addsTerms = undefined;
    this.specIds[to] = this.specIds[from];
    this.groupIds[to] = this.groupIds[from];
    this.targetCols[to] = this.targetCols[from];
    this.residualStates[to] = this.residualStates[from];
    this.residualValues[to] = this.residualValues[from];
    if (this.residualStates[from] === RESIDUAL_DECIMAL) this.decimals.set(to, this.decimals.get(from)!);
    if (this.allowances.size > 0) {
      const allowance = this.allowances.get(from);
      if (allowance) this.allowances.set(to, allowance);
      else this.allowances.delete(to);
    }
  }

  spec(i: number): IdentitySpec {
    return this.specTable[this.specIds[i]];
  }

  /** Identity i's spec as an index below specCount: the same for identities of one spec. */
  specIndex(i: number): number {
    return this.specIds[i];
  }

  /** How many specs the list's identities use. */
  get specCount(): number {
    return this.specTable.length;
  }

  /** Spec j (below specCount): every kind of identity the table has, each once. */
  specAt(j: number): IdentitySpec {
    return this.specTable[j];
  }

  /** Reads identity i otherwise (a parent's sum as a `Trong đó`). */
  setSpec(i: number, spec: IdentitySpec): void {
    this.objects = undefined;
    this.addsTerms = undefined;
    if (spec.owner !== this) {
      spec.owner = this;
      spec.index = this.specTable.push(spec) - 1;
    }
    this.specIds[i] = spec.index;
  }

  /** Index into `groups` of identity i's group. */
  groupOf(i: number): number {
    return this.groupIds[i];
  }

  /** A group for a row's own identities: their totals and terms on sheet row `row`, table row `rowIndex`. Returns its index. */
  addRowGroup(row: number, rowIndex: number): number {
    return this.addGroup(row, rowIndex, undefined);
  }

  /** A group for identities that sum down rows. Returns its index. */
  addGroup(row: number, rowIndex: number, terms: GroupTerms | undefined): number {
    if (this.groupCount === this.groupRows.length) this.growGroups(this.groupRows.length * 2);
    this.groupRows[this.groupCount] = row;
    this.groupRowIndexes[this.groupCount] = rowIndex;
    this.groupTermIds[this.groupCount] = terms ? this.termTable.push(terms) : 0;
    return this.groupCount++;
  }

  private growGroups(size: number): void {
    this.groupRows = grown(this.groupRows, size);
    this.groupRowIndexes = grown(this.groupRowIndexes, size);
    this.groupTermIds = grown(this.groupTermIds, size);
  }

  /** The group's terms, if it has any yet. */
  private termsAt(group: number): GroupTerms | undefined {
    const id = this.groupTermIds[group];
    return id === 0 ? undefined : this.termTable[id - 1];
  }

  /** The sheet row of a group's totals. */
  groupRow(group: number): number {
    return this.groupRows[group];
  }

  /** The group's terms, made for a row's own group on the first ask (shared by its identities from then on). */
  private termsOf(group: number): GroupTerms {
    const terms = this.termsAt(group);
    if (terms) return terms;
    const made = new GroupTerms([this.groupRows[group]], NO_ROWS, undefined);
    this.groupTermIds[group] = this.termTable.push(made);
    return made;
  }

  /**
   * The group's terms' rows for a sum worked out now and not kept: a row's own group lends a
   * shared one-row array rather than making its own.
   */
  private lentRows(group: number): readonly number[] {
    const terms = this.termsAt(group);
    if (terms) return terms.termSheetRows;
    ONE_ROW[0] = this.groupRows[group];
    return ONE_ROW;
  }

  targetRow(i: number): number {
    return this.groupRows[this.groupIds[i]];
  }

  targetCol(i: number): number {
    return this.targetCols[i];
  }

  rowIndex(i: number): number {
    return this.groupRowIndexes[this.groupIds[i]];
  }

  termSheetRows(i: number): readonly number[] {
    return this.termsOf(this.groupIds[i]).termSheetRows;
  }

  /**
   * Whether identity i's total is a formula that adds exactly its terms, each once (`=SUM(C8:C15)`,
   * `=C7+C16+C25`): Excel then carries every change of a term into it. Read once per identity (the
   * formula rule and localisation both ask); `ranges` is scratch space for readSumRanges.
   */
  addsItsTerms(i: number, reader: BudgetReader, ranges: number[]): boolean {
    const known = (this.addsTerms ??= new Uint8Array(this.count))[i];
    if (known !== 0) return known === 2;
    const formula = reader.cell(this.targetRow(i), this.targetCol(i))?.formula;
    const count = formula ? readSumRanges(formula, ranges) : -1;
    const adds = count >= 0 && addsExactly(ranges, count, this.termSheetRows(i), this.spec(i).termCols);
    this.addsTerms[i] = adds ? 2 : 1;
    return adds;
  }

  family(i: number): string | undefined {
    return this.spec(i).family ?? this.termsAt(this.groupIds[i])?.family;
  }

  /** allowanceOf() of identity i, worked out once (its cells do not change while the engine checks them). */
  allowance(i: number, reader: BudgetReader): Decimal {
    let allowance = this.allowances.get(i);
    if (allowance === undefined) {
      allowance = allowanceAt(this.targetRow(i), this.targetCol(i), this.lentRows(this.groupIds[i]), this.spec(i).termCols, reader);
      this.allowances.set(i, allowance);
    }
    return allowance;
  }

  /** Σ coef × terms − target of identity i, as residualOf() gives it. */
  residual(i: number, reader: BudgetReader): Decimal | number | undefined {
    const state = this.residualStates[i];
    if (state === RESIDUAL_NUMBER) return this.residualValues[i];
    if (state === RESIDUAL_NONE) return undefined;
    if (state === RESIDUAL_DECIMAL) return this.decimals.get(i);
    const spec = this.spec(i);
    const group = this.groupIds[i];
    const residual = reader.amounts.residual(this.groupRows[group], spec.col, this.lentRows(group), spec.termCols, spec.coefs);
    if (residual === undefined) this.residualStates[i] = RESIDUAL_NONE;
    else if (typeof residual === 'number') (this.residualStates[i] = RESIDUAL_NUMBER), (this.residualValues[i] = residual);
    else (this.residualStates[i] = RESIDUAL_DECIMAL), this.decimals.set(i, residual);
    return residual;
  }

  /**
   * Whether identity i's residual breaks it (see breaks()). Parts within their whole (≤) bound
   * amounts, not differences: in a column of differences (`Chênh lệch QT - DT`, `3=2-1`) parts of
   * either sign bound nothing. A negative whole over positive parts elsewhere is still past them: a
   * sign lost, most likely.
   */
  breaks(i: number, residual: Decimal | number, reader: BudgetReader): boolean {
    const { relation } = this.spec(i);
    if (!breaksBy(relation, residual)) return false;
    return relation === '=' || !differenceColumns(reader.table).has(this.targetCol(i));
  }

  /**
   * Identity i as an object, its `id` i: made on the first ask, the same one after (localisation
   * compares them). Only those asked for are made: a table of 20,000 rows with one slip needs a few.
   */
  at(i: number): Identity {
    const objects = (this.objects ??= new Array<Identity | undefined>(this.count));
    return (objects[i] ??= this.make(i));
  }

  /** The rows identity i's run spans (its terms' rows), or, for a row's own identities, that row: without making an array for it. */
  spanOf(i: number): readonly number[] | number {
    const group = this.groupIds[i];
    return this.termsAt(group)?.termSheetRows ?? this.groupRows[group];
  }

  private make(i: number): Identity {
    const spec = this.spec(i);
    const group = this.groupIds[i];
    const terms = this.termsOf(group);
    const identity = new Identity(spec.rule, spec.kind, { row: this.groupRows[group], col: spec.col }, terms.termSheetRows, spec.termCols, spec.coefs, spec.relation, spec.stated, spec.family ?? terms.family, spec.across, this.groupRowIndexes[group], spec.column, terms.termRows);
    identity.id = i;
    const state = this.residualStates[i];
    identity.residual = state === RESIDUAL_NUMBER ? this.residualValues[i] : state === RESIDUAL_DECIMAL ? this.decimals.get(i) : state === RESIDUAL_NONE ? null : undefined;
    const allowance = this.allowances.size > 0 ? this.allowances.get(i) : undefined;
    if (allowance) rememberAllowance(identity, allowance);
    return identity;
  }
}

/** The identities of a table, with the implied families the numbers did not bear out. */
export interface TableIdentities {
  /** Every identity, packed (as objects only those asked for: a table where none breaks needs none). */
  list: IdentityList;
  /** Those whose residual breaks them (every cell has a value, and they disagree), in order: few, and the only ones a rule reports. */
  breaking: Identity[];
  /**
   * Where each run of identities starts that share their terms' rows array and their totals' row (a
   * row's identities, a parent's children in every column), and the list's length last: localisation
   * indexes the identities by run (src/engine/locate/identity-index.ts), found here in the pass every
   * identity gets anyway.
   */
  runs: number[];
  /** Implied families dropped because they fail on most of their rows: a misreading, not slips. */
  dropped: { family: string; kind: IdentityKind; column: ColumnInfo; failing: number; total: number }[];
  /** Totals off by exactly amounts the table's notes name (notedBy): told by their rule, not broken. */
  noted: { identity: Identity; amounts: NoteAmount[]; sum: Decimal }[];
}

class BuiltIdentities implements TableIdentities {
  breaking: Identity[] = [];
  runs: number[] = [];
  noted: TableIdentities['noted'] = [];
  constructor(
    readonly list: IdentityList,
    readonly dropped: TableIdentities['dropped'],
  ) {}
}

// Their optimised readers outlive every check (../shapes.ts).
{
  const list = new IdentityList();
  const column: ColumnInfo = { col: 0, header: '', role: 'amount' };
  keepShapes(list, new BuiltIdentities(list, []), new Identity('budget/row-total', 'yearTotal', { row: 0, col: 0 }, [0], [0], undefined, '=', false, undefined, 'columns', 0, column, []));
}

/** Rules and localisation ask for the same table's identities in turn: build them once. */
const built = new WeakMap<TableModel, TableIdentities>();

/** Every identity of a budget table that its numbers bear out, packed: for rules that look at every identity of a table that holds. Rows without any amount are not checked. */
export function identityListOf(reader: BudgetReader): IdentityList {
  return tableIdentitiesOf(reader).list;
}

export function tableIdentitiesOf(reader: BudgetReader): TableIdentities {
  let identities = built.get(reader.table);
  if (!identities) {
    const list = buildIdentities(reader);
    const result = new BuiltIdentities(list, accept(reader, list));
    const { runs } = result;
    const breaking: number[] = [];
    for (let index = 0; index < list.length; index++) {
      if (index === 0 || list.groupOf(index - 1) !== list.groupOf(index)) runs.push(index);
      const residual = list.residual(index, reader);
      if (residual !== undefined && list.breaks(index, residual, reader)) breaking.push(index);
    }
    runs.push(list.length);
    // Objects only for the identities that break (and those localisation asks for around them).
    const notes = reader.table.noteAmounts;
    const noteValues = notes?.map((a) => new Decimal(a.value).times(a.factor));
    for (const index of breaking) {
      const identity = list.at(index);
      const noted = notes && notedBy(reader, identity, notes, noteValues!);
      if (noted) result.noted.push({ identity, ...noted });
      else result.breaking.push(identity);
    }
    identities = result;
    built.set(reader.table, identities);
  }
  return identities;
}

/** Note amounts a total's difference may add up from: a note names a few (`38.895 tỷ … 1.180 tỷ … 2.500 tỷ`). */
const MAX_NOTED = 4;

/**
 * The note amounts a total row's difference is, to rounding: the fewest (MAX_NOTED at most) whose
 * sum is what the total holds beyond its rows (or short of them, `Chưa bao gồm …`), within the
 * rounding its figures allow and one unit for the notes' own. `values`: the amounts in the table's
 * unit. Undefined for other identities and other differences.
 */
function notedBy(reader: BudgetReader, identity: Identity, amounts: NoteAmount[], values: Decimal[]): { amounts: NoteAmount[]; sum: Decimal } | undefined {
  // A total row's, or a lettered total's over its lines (`A | Tổng chi ngân sách địa phương (1)`).
  if (identity.relation !== '=' || (identity.kind !== 'totalRow' && identity.kind !== 'mergedYear' && identity.kind !== 'mergedPeriod' && identity.kind !== 'children')) return undefined;
  const residual = residualOf(identity, reader);
  if (residual === undefined) return undefined;
  const difference = toDecimal(residual).abs();
  const slack = allowanceOf(identity, reader).plus(1);
  // Subsets by size, each as the indexes chosen so far, the next index past the last and their sum.
  let level: { chosen: number[]; sum: Decimal }[] = [{ chosen: [], sum: new Decimal(0) }];
  for (let size = 1; size <= Math.min(MAX_NOTED, values.length); size++) {
    const next: typeof level = [];
    for (const { chosen, sum } of level) {
      for (let i = (chosen[chosen.length - 1] ?? -1) + 1; i < values.length; i++) {
        const grown = { chosen: [...chosen, i], sum: sum.plus(values[i]) };
        if (grown.sum.minus(difference).abs().lessThanOrEqualTo(slack)) return { amounts: grown.chosen.map((c) => amounts[c]), sum: grown.sum };
        next.push(grown);
      }
    }
    level = next;
  }
  return undefined;
}

/** Rows with amounts buildIdentities reads before it sizes the list for the whole table. */
const RESERVE_AFTER = 1024;

function buildIdentities(reader: BudgetReader): IdentityList {
  const { table } = reader;
  const list = new IdentityList();
  const columns = amountColumns(table);
  if (columns.length === 0) return list;
  // A loop, not a callback made per table, whose optimised code a full garbage collection would drop (../shapes.ts).
  const hasAmounts = new Array<boolean>(table.rows.length);
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index];
    hasAmounts[index] = isDataRow(row) && rowHasAmounts(reader, row.row, columns);
  }
  const plan = planOf(reader.table, columns);
  // Which target columns a row's earlier identities took: row index + 1 where taken.
  const taken = new Int32Array(table.range.right + 1);
  let rows = 0;
  for (let index = 0; index < table.rows.length; index++) rows += hasAmounts[index] ? 1 : 0;
  let done = 0;
  for (let index = 0; index < table.rows.length; index++) {
    if (!hasAmounts[index]) continue;
    rowIdentities(reader, plan, columns, hasAmounts, taken, list, index);
    // The rows seen so far tell how many identities and groups a row makes: room for all of them at once, an eighth over.
    if (++done === RESERVE_AFTER && rows > 4 * RESERVE_AFTER) list.reserve(Math.ceil((list.length / done) * rows * 1.125), Math.ceil((list.groupLength / done) * rows * 1.125));
  }
  return list;
}

/**
 * The identities of the row at `index` in table.rows, pushed onto `list`. A function of its own,
 * called for every row: optimised within the first table, it keeps its code from one check to the
 * next, where the loop of buildIdentities, called once per table, is compiled anew every check.
 */
function rowIdentities(reader: BudgetReader, plan: ColumnPlan, columns: ColumnInfo[], hasAmounts: boolean[], taken: Int32Array, list: IdentityList, index: number): void {
  const row = reader.table.rows[index];
  const group = list.addRowGroup(row.row, index);
  const first = list.length;
  // The column-number row's formulas first, then the years × sources plan, then what the header implies.
  takeFresh(list, columnSums(reader, plan, group, true, list), taken, index + 1, first);
  takeFresh(list, rowTotals(reader, plan, group, list), taken, index + 1, first);
  takeFresh(list, columnSums(reader, plan, group, false, list), taken, index + 1, first);
  // A heading row of zeros or dashes over its items is a heading, not a total of them.
  let nonZero = false;
  for (let c = 0; c < columns.length && !nonZero; c++) nonZero = reader.amounts.number(row.row, columns[c].col) !== 0;
  if ((row.kind === 'item' || row.kind === 'goal') && row.children.length > 0 && nonZero) childSums(reader, plan, index, hasAmounts, list);
  if ((row.kind === 'total' || row.kind === 'grandTotal') && nonZero) totalRowSums(reader, plan, index, hasAmounts, list);
}

/**
 * Keeps, of the identities pushed since `start`, those whose target column no earlier list of the
 * row took (`taken[col] === stamp`), or took over other terms (the row's identities start at
 * `first`: a total by sources and by years is two identities), then marks their columns taken.
 */
function takeFresh(list: IdentityList, start: number, taken: Int32Array, stamp: number, first: number): void {
  let kept = start;
  for (let i = start; i < list.length; i++) {
    if (taken[list.targetCol(i)] === stamp && !otherTerms(list, i, first, start)) continue;
    // Most rows take no column twice: every identity stays where it is, and none is copied onto itself.
    if (i !== kept) list.move(i, kept);
    kept++;
  }
  if (kept < list.length) list.truncate(kept);
  for (let i = start; i < kept; i++) taken[list.targetCol(i)] = stamp;
}

/**
 * Whether identity i is a period total over its years (family `periodYears`) and adds other columns
 * than every identity of `first` … `end` with its target (the column-number row's over its sources).
 */
function otherTerms(list: IdentityList, i: number, first: number, end: number): boolean {
  if (!list.spec(i).family?.startsWith('periodYears:')) return false;
  const cols = list.spec(i).termCols;
  for (let j = first; j < end; j++) {
    if (list.targetCol(j) !== list.targetCol(i)) continue;
    const other = list.spec(j).termCols;
    if (other.length === cols.length && other.every((col, k) => col === cols[k])) return false;
  }
  return true;
}

/**
 * Σ coef × terms − target, exactly (the shortfall of the target when positive); undefined when a
 * cell holds words, an error, `...` or a formula without a result.
 */
export function residualOf(identity: Identity, reader: BudgetReader): Decimal | number | undefined {
  if (identity.residual === undefined) {
    identity.residual = reader.amounts.residual(identity.target.row, identity.target.col, identity.termSheetRows, identity.termCols, identity.coefs) ?? null;
  }
  return identity.residual ?? undefined;
}

/** Whether a residual breaks the identity (an exact comparison; rounding is judged by localisation). */
export function breaks(identity: Identity, residual: Decimal | number): boolean {
  return breaksBy(identity.relation, residual);
}

function breaksBy(relation: '=' | '<=', residual: Decimal | number): boolean {
  if (relation === '<=') return typeof residual === 'number' ? residual > 0 : residual.greaterThan(0);
  return typeof residual === 'number' ? residual !== 0 : !residual.isZero();
}

/** Expected and actual of an identity, or undefined when a cell has no value. */
export function evaluate(identity: Identity, reader: BudgetReader): Evaluation | undefined {
  const residual = residualOf(identity, reader);
  if (residual === undefined) return undefined;
  const actual = reader.amounts.decimal(identity.target.row, identity.target.col) as Decimal;
  return { expected: actual.plus(toDecimal(residual)), actual };
}

/** Whether the identity fails by more than the tolerance the officer allows. */
export function fails(identity: Identity, residual: Decimal | number, tolerance: Decimal): boolean {
  if (!breaks(identity, residual)) return false;
  if (tolerance.isZero()) return true;
  const value = toDecimal(residual);
  return identity.relation === '<=' ? value.greaterThan(tolerance) : value.abs().greaterThan(tolerance);
}


/**
 * Implied identities stand only where the numbers bear them out: a family that fails (beyond
 * rounding) on most of its rows is a misreading of the table, dropped whole (TaCLe's principle:
 * a constraint is learnt where it holds; a slip is an exception to it). Returns the families dropped.
 */
function accept(reader: BudgetReader, list: IdentityList): TableIdentities['dropped'] {
  partialLists(reader, list);
  completeLists(reader, list);
  completeBreakdowns(reader, list);
  const tally: { family: string; holds: number; fails: number; sample: number }[] = [];
  const byFamily = new Map<string, number>();
  // Each spec's family's place in `tally`, looked up once per spec rather than once per identity.
  const specSlots = new Int32Array(list.specCount).fill(-1);
  const ranges: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const spec = list.spec(i);
    if (spec.stated) continue;
    const family = list.family(i);
    if (!family) continue;
    const residual = list.residual(i, reader);
    if (residual === undefined) continue;
    let slot = spec.family !== undefined ? specSlots[list.specIndex(i)] : -1;
    if (slot < 0) {
      slot = byFamily.get(family) ?? -1;
      if (slot < 0) byFamily.set(family, (slot = tally.push({ family, holds: 0, fails: 0, sample: i }) - 1));
      if (spec.family !== undefined) specSlots[list.specIndex(i)] = slot;
    }
    const entry = tally[slot];
    // A total whose formula adds exactly the terms states the identity, whatever its figures show (a
    // number stored as text that the SUM skips): it bears the reading out.
    if (!list.breaks(i, residual, reader) || toDecimal(residual).abs().lessThanOrEqualTo(list.allowance(i, reader)) || list.addsItsTerms(i, reader, ranges)) entry.holds++;
    else entry.fails++;
  }
  const droppedFamilies = new Set<string>();
  const dropped: TableIdentities['dropped'] = [];
  for (const { family, holds, fails: failing, sample } of tally) {
    // Two rows are too few to tell a misreading from slips.
    if (holds > failing || holds + failing < 3) continue;
    droppedFamilies.add(family);
    dropped.push({ family, kind: list.spec(sample).kind, column: list.spec(sample).column, failing, total: holds + failing });
  }
  if (droppedFamilies.size > 0) {
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const family = list.family(i);
      if (!family || !droppedFamilies.has(family)) list.move(i, kept++);
    }
    list.truncate(kept);
  }
  return dropped;
}

/**
 * `Năm 2026: Tổng số | Trong đó: NSTW | NSĐP`: officers write `Trong đó` over sources that are all of
 * the year's money as often as over a part of it. Where the items bear out the whole (the sources add
 * up to the total exactly on three items at least, and fall short on a tenth of them at most, one
 * at least), an item that falls short is a slip, not a source left unlisted: the total is their sum
 * (`=`). Only items count: a parent or a total row added up from a short item is short with it.
 */
function completeLists(reader: BudgetReader, list: IdentityList): void {
  let tally: Int32Array | undefined;
  for (let i = 0; i < list.length; i++) {
    const spec = list.spec(i);
    if (!spec.complete) continue;
    const row = reader.table.rows[list.rowIndex(i)];
    if (row.kind !== 'item' || row.children.length > 0) continue;
    const residual = list.residual(i, reader);
    if (residual === undefined) continue;
    tally ??= new Int32Array(list.specCount * 2);
    const value = toDecimal(residual);
    const allowance = list.allowance(i, reader);
    // Σ sources − total: within rounding is exact, below it short.
    if (value.abs().lessThanOrEqualTo(allowance)) tally[list.specIndex(i) * 2]++;
    else if (value.isNegative()) tally[list.specIndex(i) * 2 + 1]++;
  }
  if (!tally) return;
  const bornOut = (j: number) => tally![j * 2] >= 3 && tally![j * 2 + 1] <= Math.max(1, Math.floor(tally![j * 2] / 10));
  for (let i = 0; i < list.length; i++) {
    const spec = list.spec(i);
    if (spec.complete && bornOut(list.specIndex(i))) list.setSpec(i, spec.complete);
  }
}

/**
 * An item's `Trong đó` breakdown (`Chia theo nguồn vốn: - vốn trong nước, - vốn nước ngoài`) that
 * lists all of it after all: where its two or more parts add up to the item exactly in three columns
 * at least, and fall short in a tenth of them at most (one at least), the column that falls short is
 * a slip, not a part left unlisted: the item is their sum (`=`), as completeLists reads a row's
 * sources. Where a family has three columns no row identity adds up, only those are weighed: a total
 * column follows its sources, so one short source would count twice. A single part equal to its item
 * in most columns (a district with only that spending) tells nothing of the others: left a part.
 */
function completeBreakdowns(reader: BudgetReader, list: IdentityList): void {
  let totals: Uint8Array | undefined;
  // A breakdown's sums stand together in the list (one group): read run by run.
  for (let start = 0; start < list.length; ) {
    const group = list.groupOf(start);
    let end = start + 1;
    while (end < list.length && list.groupOf(end) === group) end++;
    const spec = list.spec(start);
    const span = list.spanOf(start);
    if (spec.kind === 'childrenOfWhich' && spec.complete && typeof span !== 'number' && span.length >= 2 && reader.table.rows[list.rowIndex(start)].kind === 'item') {
      totals ??= rowTotalColumns(list);
      let leaves = 0;
      for (let i = start; i < end; i++) leaves += totals[list.targetCol(i)] === 1 ? 0 : 1;
      let exact = 0;
      let short = 0;
      for (let i = start; i < end; i++) {
        if (leaves >= 3 && totals[list.targetCol(i)] === 1) continue;
        const residual = list.residual(i, reader);
        if (residual === undefined) continue;
        const value = toDecimal(residual);
        // Σ parts − item: within rounding is exact, below it short.
        if (value.abs().lessThanOrEqualTo(list.allowance(i, reader))) exact++;
        else if (value.isNegative()) short++;
      }
      if (exact >= 3 && short >= 1 && short <= Math.max(1, Math.floor(exact / 10))) {
        for (let i = start; i < end; i++) if (list.spec(i).complete) list.setSpec(i, list.spec(i).complete!);
      }
    }
    start = end;
  }
}

/**
 * A parent above its listed items in most columns, each by its own amount, while it agrees with
 * everything else: the list is a part (units not listed, as the Ministry leaves out Defence and
 * Public Security), a `Trong đó` nobody wrote. Read as such: parts ≤ the parent.
 *
 * The columns no row identity adds up (the sources, not their totals) are weighed, where a family
 * has three: a total column follows its parts, so one item typed short (or ×1000) moves its column
 * and every total that adds it, and would otherwise count as several columns. A column whose items
 * exceed the parent among many short ones is such a slip in a list that is a part: it is reported as
 * parts past their whole, not taken as a reason to read the list whole.
 */
function partialLists(reader: BudgetReader, list: IdentityList): void {
  let totals: Uint8Array | undefined;
  // A parent's sums are one family, and stand together in the list (one group): read run by run.
  for (let start = 0; start < list.length; ) {
    const group = list.groupOf(start);
    let end = start + 1;
    while (end < list.length && list.groupOf(end) === group) end++;
    // Most families hold exactly: nothing is weighed (or allocated) for them.
    let differs = false;
    for (let i = start; i < end && !differs; i++) {
      if (list.spec(i).kind !== 'children' || !list.family(i)) continue;
      const residual = list.residual(i, reader);
      if (residual !== undefined && !isZero(residual)) differs = true;
    }
    if (differs) {
      totals ??= rowTotalColumns(list);
      const weighed = weighFamily(reader, list, start, end);
      const leaves = weighed.filter((w) => totals![w.col] !== 1);
      const basis = leaves.length >= 3 ? leaves : weighed;
      const short = basis.filter((w) => w.deficit !== undefined);
      // Each by its own amount: the same amount short in several columns is one item typed short.
      const above = short.filter((d, i) => !short.slice(0, i).some((e) => e.deficit!.minus(d.deficit!).abs().lessThanOrEqualTo(Decimal.max(d.allowance, e.allowance)))).length;
      const below = basis.filter((w) => w.over).length;
      if (basis.length >= 3 && below * 3 < above && above * 2 > basis.length && !countsARowTwice(reader, list.spanOf(start), weighed) && !countsSubtotalsTwice(reader, list.spanOf(start), weighed)) {
        for (let i = start; i < end; i++) if (list.spec(i).kind === 'children' && list.family(i)) list.setSpec(i, list.spec(i).ofWhich!);
      }
    }
    start = end;
  }
}

const NO_ALLOWANCE = new Decimal(0);

/**
 * Whether one of a parent's listed rows is what the parent holds past its items, in every column
 * (and 0 where the parent agrees with them): the row added twice, not a list that is a part.
 */
function countsARowTwice(reader: BudgetReader, span: readonly number[] | number, weighed: ReturnType<typeof weighFamily>): boolean {
  if (typeof span === 'number') return false;
  return span.some((row) =>
    weighed.every(({ col, deficit, allowance, over }) => {
      if (over) return false;
      const amount = reader.amounts.decimal(row, col);
      if (amount === undefined) return false;
      return deficit ? !amount.isZero() && deficit.minus(amount).abs().lessThanOrEqualTo(allowance) : amount.isZero();
    }),
  );
}

/**
 * Whether what the parent holds past its items is, in every column, the sum of the items that are
 * subtotals (0 where it agrees with them): it added each subtotal together with its own rows, as a
 * typed total over every line above it does, and is no list that is a part.
 */
function countsSubtotalsTwice(reader: BudgetReader, span: readonly number[] | number, weighed: ReturnType<typeof weighFamily>): boolean {
  if (typeof span === 'number') return false;
  const parents = parentRowsOf(reader.table);
  const subtotals = span.filter((row) => parents.has(row));
  if (subtotals.length < 2) return false;
  return weighed.every(({ col, deficit, allowance, over }) => {
    if (over) return false;
    let sum = new Decimal(0);
    for (const row of subtotals) sum = sum.plus(reader.amounts.decimal(row, col) ?? 0);
    return deficit ? deficit.minus(sum).abs().lessThanOrEqualTo(allowance) : sum.isZero();
  });
}

const parentRows = new WeakMap<TableModel, Set<number>>();

/** The sheet rows of the table's rows that add rows of their own (not `Trong đó` parts), worked out once per table. */
function parentRowsOf(table: TableModel): Set<number> {
  let rows = parentRows.get(table);
  if (!rows) {
    rows = new Set();
    for (const row of table.rows) if (row.children.length > 0 && row.childrenMode !== 'ofWhich') rows.add(row.row);
    parentRows.set(table, rows);
  }
  return rows;
}

/** A family's parent sums that can be worked out: each column, what the parent holds past its items beyond rounding, or whether its items exceed it. */
function weighFamily(reader: BudgetReader, list: IdentityList, start: number, end: number): { col: number; deficit?: Decimal; allowance: Decimal; over: boolean }[] {
  const weighed: { col: number; deficit?: Decimal; allowance: Decimal; over: boolean }[] = [];
  for (let i = start; i < end; i++) {
    const spec = list.spec(i);
    if (spec.kind !== 'children' || !list.family(i)) continue;
    const residual = list.residual(i, reader);
    if (residual === undefined) continue;
    // Most of a family's columns hold: nothing to weigh, no decimal made.
    if (isZero(residual)) {
      weighed.push({ col: spec.col, allowance: NO_ALLOWANCE, over: false });
      continue;
    }
    const value = toDecimal(residual);
    const allowance = list.allowance(i, reader);
    // Σ children − parent < 0 beyond rounding: the parent holds more than its items.
    const deficit = value.negated().greaterThan(allowance) ? value.negated() : undefined;
    weighed.push({ col: spec.col, allowance, over: value.greaterThan(allowance), ...(deficit ? { deficit } : {}) });
  }
  return weighed;
}

/** 1 per column that some row identity of the list adds up (its target): a year's total, a `Tổng số`. */
function rowTotalColumns(list: IdentityList): Uint8Array {
  const seen = new Uint8Array(list.specCount);
  let width = 0;
  const cols: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const index = list.specIndex(i);
    if (seen[index]) continue;
    seen[index] = 1;
    const spec = list.spec(i);
    if (spec.across !== 'columns') continue;
    cols.push(spec.col);
    width = Math.max(width, spec.col + 1);
  }
  const totals = new Uint8Array(width + 1);
  for (const col of cols) totals[col] = 1;
  return totals;
}

/** What every row of a table shares: its columns by role, each identity family's spec, the column arrays of the terms. */
interface ColumnPlan {
  columns: ColumnInfo[];
  /** Column → its parent sums (`children`) and their `Trong đó` reading. */
  children: Map<number, IdentitySpec>;
  /** Column → `[column]`, the terms' columns of a vertical sum. */
  single: Map<number, number[]>;
  /** The column identities of the column-number row and the header, with their spec. */
  stated: { source: ColumnIdentity; cols: number[]; spec: IdentitySpec }[];
  /** Each period source column with its year columns. */
  sourcePeriods: { period: ColumnInfo; years: ColumnInfo[]; spec: IdentitySpec }[];
  /** Each year (in the order of first appearance) with its source columns and total column (and then its spec). */
  years: { year: number; sources: ColumnInfo[]; total?: ColumnInfo; spec?: IdentitySpec }[];
  /** Years with a total column and no source column. */
  yearsTotalOnly: { year: number; total: ColumnInfo }[];
  periodSources: ColumnInfo[];
  periodSourceCols: number[];
  periodTotal?: ColumnInfo;
  /** Every year, in order: years with sources first, then years with only a total. */
  yearOrder: number[];
  allSources: ColumnInfo[];
  allSourceCols: number[];
  /** The period total's specs by its terms (`periodSourceCols`, `allSourceCols`, the year totals), then by target column (and the years' columns). */
  periodSpecs: { overSources: Map<number | string, IdentitySpec>; overAllSources: Map<number | string, IdentitySpec>; overYears: Map<number | string, IdentitySpec> };
}

const plans = new WeakMap<TableModel, ColumnPlan>();

function planOf(table: TableModel, columns: ColumnInfo[]): ColumnPlan {
  let plan = plans.get(table);
  if (plan) return plan;
  const yearSources = new Map<number, ColumnInfo[]>();
  const yearTotals = new Map<number, ColumnInfo>();
  const periodSources = new Map<string, ColumnInfo>();
  let periodTotal: ColumnInfo | undefined;
  const unnamed = unnamedParts(table, columns);
  for (const column of columns) {
    if (column.scope === 'period') {
      if (column.source === 'total') periodTotal ??= column;
      else if (!periodSources.has(sourceKey(column))) periodSources.set(sourceKey(column), column);
    } else if (unnamed.has(column.col)) {
      // Each its own source: two of them are two sources, not one named twice.
      periodSources.set(`part:${column.col}`, column);
    } else if (column.year !== undefined) {
      if (column.source === 'total') {
        if (!yearTotals.has(column.year)) yearTotals.set(column.year, column);
      } else {
        const list = yearSources.get(column.year) ?? [];
        list.push(column);
        yearSources.set(column.year, list);
      }
    }
  }
  const allSources = [...yearSources.values()].flat();
  const colsOf = (list: ColumnInfo[]) => numbersOf(list, (c) => c.col);
  const sourcePeriods: ColumnPlan['sourcePeriods'] = [];
  for (const [key, period] of periodSources) {
    const years = allSources.filter((c) => sourceKey(c) === key);
    const spec = specOf('budget/row-total', 'sourcePeriod', period, period.col, colsOf(years), undefined, '=', false, `sourcePeriod:${period.col}`, 'columns');
    sourcePeriods.push({ period, years, spec });
  }
  const years: ColumnPlan['years'] = [];
  for (const [year, sources] of yearSources) {
    const total = yearTotals.get(year);
    const partial = listsPart(sources);
    const spec = total && specOf('budget/row-total', 'yearTotal', total, total.col, colsOf(sources), undefined, partial ? '<=' : '=', false, `yearTotal:${total.col}`, 'columns');
    if (spec && partial) spec.complete = specOf('budget/row-total', 'yearTotal', total, total.col, colsOf(sources), undefined, '=', false, `yearTotal:${total.col}`, 'columns');
    years.push({ year, sources, total, spec });
  }
  const yearsTotalOnly = [...yearTotals].filter(([year]) => !yearSources.has(year)).map(([year, total]) => ({ year, total }));
  const stated = (table.columnIdentities ?? []).map((source) => {
    const cols = numbersOf(source.terms, (t) => t.col);
    const coefs = source.terms.some((t) => t.coef !== 1) ? numbersOf(source.terms, (t) => t.coef) : undefined;
    const kind: IdentityKind = source.origin === 'columnNumbers' ? 'columnFormula' : source.origin === 'difference' ? 'columnDifference' : 'columnBreakdown';
    const column = table.columns.find((c) => c.col === source.target)!;
    const family = source.stated ? undefined : `column:${source.target}`;
    return { source, cols, spec: specOf('budget/row-total', kind, column, source.target, cols, coefs, source.relation, source.stated, family, 'columns') };
  });
  const single = new Map<number, number[]>();
  for (const column of columns) single.set(column.col, [column.col]);
  const children = new Map<number, IdentitySpec>();
  for (const column of columns) {
    const all = specOf('budget/children-sum', 'children', column, column.col, single.get(column.col)!, undefined, '=', true, undefined, 'rows');
    all.ofWhich = specOf('budget/children-sum', 'childrenOfWhich', column, column.col, single.get(column.col)!, undefined, '<=', true, undefined, 'rows');
    all.ofWhich.complete = all;
    children.set(column.col, all);
  }
  plan = {
    columns,
    children,
    single,
    stated,
    sourcePeriods,
    years,
    yearsTotalOnly,
    periodSources: [...periodSources.values()],
    periodSourceCols: colsOf([...periodSources.values()]),
    periodTotal,
    yearOrder: [...new Set([...yearSources.keys(), ...yearTotals.keys()])],
    allSources,
    allSourceCols: colsOf(allSources),
    periodSpecs: { overSources: new Map(), overAllSources: new Map(), overYears: new Map() },
  };
  plans.set(table, plan);
  return plan;
}

/**
 * The plan of a table of one year's total and sources, a period total and sources and a header
 * identity, kept with its table (../shapes.ts): the plan's objects keep their hidden classes, and
 * the identities' builders, which read them on every row, their optimised code.
 */
{
  const column = (col: number, source: FundingSource, scope: 'year' | 'period'): ColumnInfo =>
    keptColumn({ col, header: '', role: 'amount', year: scope === 'year' ? 2025 : undefined, source, scope });
  const columns = [column(0, 'total', 'period'), column(1, 'central', 'period'), column(2, 'local', 'period'), column(3, 'total', 'year'), column(4, 'central', 'year'), column(5, 'local', 'year')];
  const table: TableModel = {
    ...EMPTY_TABLE,
    columns,
    columnIdentities: [{ target: 3, terms: [{ col: 4, coef: 1 }, { col: 5, coef: 1 }], relation: '=', stated: false, origin: 'header' }],
  };
  keepShapes(table, planOf(table, columns));
}

/**
 * The amount columns of no source and no year that the header sets beside sources under one
 * `Chia ra` as parts of a period total (`Tổng số | Chia ra: NSTW, NSĐP, Nguồn thu sự nghiệp`): a
 * source whose name is not one of the words for sources (keywords SOURCE_WORDS) is a source all the
 * same, and the total is the sum of every column the header splits it into, not of the named ones.
 */
function unnamedParts(table: TableModel, columns: ColumnInfo[]): Set<number> {
  const parts = new Set<number>();
  for (const identity of table.columnIdentities ?? []) {
    if (identity.origin !== 'header' || identity.relation !== '=') continue;
    const byCol = (col: number) => columns.find((c) => c.col === col);
    const target = byCol(identity.target);
    if (target?.source !== 'total' || target.scope !== 'period') continue;
    const terms = identity.terms.map((t) => byCol(t.col));
    if (!terms.some((c) => c?.source !== undefined && c.source !== 'total')) continue;
    for (const column of terms) if (column && column.role === 'amount' && column.source === undefined && column.year === undefined) parts.add(column.col);
  }
  return parts;
}

/** `Tổng số | Trong đó: NSTW | NSĐP`: sources listed under `Trong đó` are a part of their total, not all of it. */
function listsPart(sources: ColumnInfo[]): boolean {
  return sources.some((c) => c.header.split(' / ').some((line) => breakdownOf(line) === 'ofWhich'));
}

/**
 * A source as the period's columns are matched to the years' by it: local budgets name their level
 * (`Ngân sách tỉnh | Ngân sách huyện | Ngân sách xã` are each a source of their own).
 */
function sourceKey(column: ColumnInfo): string {
  if (column.source !== 'local') return column.source ?? 'unnamed';
  const lines = column.header.split(' / ');
  const level = localLevelOf(fold(lines[lines.length - 1]));
  return level ? `local:${level}` : 'local';
}

/** Whether the cell is its own amount: not a merged area over several columns, nor inside one. */
function own(reader: BudgetReader, row: number, col: number): boolean {
  return !reader.mergedRow(row) || blockAt(reader, row, col) === undefined;
}

function ownAll(reader: BudgetReader, row: number, columns: ColumnInfo[]): boolean {
  if (!reader.mergedRow(row)) return true;
  for (let i = 0; i < columns.length; i++) if (!own(reader, row, columns[i].col)) return false;
  return true;
}

/**
 * The column identities of the column-number row (`formulas`) or the header (the others), on one
 * row (`group`, the row's group); pushed onto `out`. Returns where they start in it.
 */
function columnSums(reader: BudgetReader, plan: ColumnPlan, group: number, formulas: boolean, out: IdentityList): number {
  const start = out.length;
  const row = out.groupRow(group);
  for (let i = 0; i < plan.stated.length; i++) {
    const { source, cols, spec } = plan.stated[i];
    if ((source.origin === 'columnNumbers') !== formulas) continue;
    if (reader.mergedRow(row) && (!own(reader, row, source.target) || !cols.every((col) => own(reader, row, col)))) continue;
    out.push(spec, group);
  }
  return start;
}

/** Shared by every horizontal identity (never modified). */
const NO_ROWS: number[] = [];

/** Each row: the period total of a source, a year's total, the period total; pushed onto `out`. Returns where they start in it. */
function rowTotals(reader: BudgetReader, plan: ColumnPlan, group: number, out: IdentityList): number {
  const start = out.length;
  const row = out.groupRow(group);
  for (let i = 0; i < plan.sourcePeriods.length; i++) {
    const { period, years, spec } = plan.sourcePeriods[i];
    if (!own(reader, row, period.col)) continue;
    if (years.length < 2 || !ownAll(reader, row, years)) continue;
    out.push(spec, group);
  }

  for (let i = 0; i < plan.years.length; i++) {
    const { sources, total, spec } = plan.years[i];
    if (!total || !own(reader, row, total.col) || sources.length < 2 || !ownAll(reader, row, sources)) continue;
    out.push(spec!, group);
  }
  const periodSources = plan.periodSources;
  let periodTarget: ColumnInfo | undefined;
  if (plan.periodTotal && own(reader, row, plan.periodTotal.col)) periodTarget = plan.periodTotal;
  else if (periodSources.length > 1) {
    const block = blockAt(reader, row, periodSources[0].col);
    if (block && block !== 'inside' && covers(block, periodSources)) periodTarget = periodSources[0];
  }
  if (!periodTarget) return start;
  let cols: number[] | undefined;
  // Which specs hold the period total over these terms: one per target and terms, for every row that has them.
  let specs: Map<number | string, IdentitySpec> | undefined;
  if (periodSources.length > 1 && ownAll(reader, row, periodSources)) (cols = plan.periodSourceCols), (specs = plan.periodSpecs.overSources);
  else if (plan.yearOrder.length > 0) cols = yearTotalsOf(reader, plan, row);
  if (!cols) {
    const sources = plan.allSources;
    if (sources.length > 0 && ownAll(reader, row, sources)) (cols = plan.allSourceCols), (specs = plan.periodSpecs.overAllSources);
  }
  if (cols) out.push(periodSpec(plan, periodTarget, cols, specs), group);
  // `Tổng số | Chia theo nguồn: NSTW, NSĐP, Khác | Chia theo năm: 2026 … 2030`: the total is also
  // the sum of its years, each a single column (a plan by sources has its years under each source).
  if (specs === plan.periodSpecs.overSources && plan.years.length === 0 && plan.yearsTotalOnly.length >= 2) {
    const years = yearTotalsOf(reader, plan, row);
    if (years) out.push(periodSpec(plan, periodTarget, years, undefined, 'periodYears'), group);
  }
  return start;
}

/** The spec of the period total over these terms, made once per target and terms (`specs`: by target alone, where the terms are always these). */
function periodSpec(plan: ColumnPlan, target: ColumnInfo, cols: number[], specs: Map<number | string, IdentitySpec> | undefined, family = 'periodTotal'): IdentitySpec {
  const key = specs ? target.col : `${target.col}:${cols.join(',')}`;
  specs ??= plan.periodSpecs.overYears;
  let spec = specs.get(key);
  if (!spec) {
    const partial = listsPart(plan.columns.filter((c) => cols.includes(c.col)));
    spec = specOf('budget/row-total', 'periodTotal', target, target.col, cols, undefined, partial ? '<=' : '=', false, `${family}:${target.col}`, 'columns');
    if (partial) spec.complete = specOf('budget/row-total', 'periodTotal', target, target.col, cols, undefined, '=', false, `${family}:${target.col}`, 'columns');
    specs.set(key, spec);
  }
  return spec;
}

/**
 * Each year's total cell on a row (its total column, or a cell merged over all its sources, as
 * `Tổng cộng` rows have), in plan.yearOrder, when every year has one.
 */
function yearTotalsOf(reader: BudgetReader, plan: ColumnPlan, row: number): number[] | undefined {
  const byYear = new Map<number, number>();
  for (const { year, sources, total } of plan.years) {
    if (total && own(reader, row, total.col)) byYear.set(year, total.col);
    else {
      const block = blockAt(reader, row, sources[0].col);
      if (block && block !== 'inside' && covers(block, sources)) byYear.set(year, sources[0].col);
    }
  }
  for (const { year, total } of plan.yearsTotalOnly) if (own(reader, row, total.col)) byYear.set(year, total.col);
  const cols: number[] = [];
  for (const year of plan.yearOrder) {
    const col = byYear.get(year);
    if (col === undefined) return undefined;
    cols.push(col);
  }
  return cols;
}

function covers(block: CellRange, columns: ColumnInfo[]): boolean {
  return columns.every((c) => c.col >= block.left && c.col <= block.right);
}

/**
 * The rows whose amounts make up each of these rows (itself when it has amounts, else its children's),
 * in order; undefined when one of them has no amount and only a part of it is listed below it
 * (`2 Thuế GTGT hàng nhập khẩu` empty, then `Trong đó: - Tổng số thu`, `- Số hoàn thuế`, `- Số thu
 * cân đối`): what it adds up to is written nowhere, and no sum over it can be checked.
 */
function contributors(table: TableModel, indexes: number[], hasAmounts: boolean[], out: number[] = []): number[] | undefined {
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i];
    const row = table.rows[index];
    if (!isDataRow(row)) continue;
    if (hasAmounts[index]) out.push(index);
    else if (row.children.length > 0 && (row.childrenMode === 'ofWhich' || !contributors(table, row.children, hasAmounts, out))) return undefined;
  }
  return out;
}

/**
 * A parent row against its children, column by column; pushed onto `out`. Where they form several
 * breakdowns (by field, by source…), against each of them on its own, as a group of its own.
 */
function childSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, hasAmounts: boolean[], out: IdentityList): void {
  const parent = reader.table.rows[rowIndex];
  if (!parent.breakdowns) breakdownSums(reader, plan, rowIndex, parent.children, parent.childrenMode, `children:${rowIndex}`, hasAmounts, out);
  else for (let k = 0; k < parent.breakdowns.length; k++) breakdownSums(reader, plan, rowIndex, parent.breakdowns[k].children, parent.breakdowns[k].mode, `children:${rowIndex}:${k}`, hasAmounts, out);
}

/** A parent row against one list of its children (`all` of it, or a part), column by column, as the group `family`; pushed onto `out`. */
function breakdownSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, children: number[], mode: ChildrenMode, family: string, hasAmounts: boolean[], out: IdentityList): void {
  const { table } = reader;
  const parent = table.rows[rowIndex];
  const termRows = contributors(table, children, hasAmounts);
  if (!termRows || termRows.length === 0) return;
  const sheetRows = numbersOf(termRows, (t) => table.rows[t].row);
  const ofWhich = mode === 'ofWhich';
  const group = out.addGroup(parent.row, rowIndex, new GroupTerms(sheetRows, termRows, family));
  for (let i = 0; i < plan.columns.length; i++) {
    const column = plan.columns[i];
    if (!own(reader, parent.row, column.col)) continue;
    const spec = plan.children.get(column.col)!;
    out.push(ofWhich ? spec.ofWhich! : spec, group);
  }
}

/**
 * A total row against the top-level rows; a cell merged over several columns sums them all. A total
 * over parts (`TỔNG CHI, trong đó:` above its items) is ≥ them, read as a parent's `Trong đó`.
 * Pushed onto `out`.
 */
function totalRowSums(reader: BudgetReader, plan: ColumnPlan, rowIndex: number, hasAmounts: boolean[], out: IdentityList): void {
  const { table } = reader;
  const { columns } = plan;
  const totalRow = table.rows[rowIndex];
  // `Tổng số (1+2-3)` subtracts a row its label names (a deduction): it is no sum of its rows, and
  // read as one its deduction looked like a sign slip, fixed to a wrong value.
  if (statesDifference(totalRow.label)) return;
  const tops = totalRow.children.length > 0 ? totalRow.children : topLevelRows(table);
  const termRows = contributors(table, tops, hasAmounts);
  if (!termRows || termRows.length === 0) return;
  const sheetRows = numbersOf(termRows, (t) => table.rows[t].row);
  const stated = !totalRow.impliedTotal;
  const group = out.addGroup(totalRow.row, rowIndex, new GroupTerms(sheetRows, termRows, stated ? undefined : `total:${rowIndex}`));
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const block = blockAt(reader, totalRow.row, column.col);
    if (block === 'inside') continue;
    const cols = block ? numbersOf(mergedSources(columns, block.left, block.right), (c) => c.col) : plan.single.get(column.col)!;
    const kind: IdentityKind = !block ? 'totalRow' : column.scope === 'period' ? 'mergedPeriod' : 'mergedYear';
    if (kind === 'totalRow' && totalRow.childrenMode === 'ofWhich') {
      out.push(plan.children.get(column.col)!.ofWhich!, group);
      continue;
    }
    // Few: one spec per total row and column.
    out.push(specOf('budget/total-rows', kind, column, column.col, cols, undefined, '=', stated, undefined, 'rows'), group);
  }
}

/**
 * The columns a grand total merged over `left`–`right` adds: its sources, without the group's own
 * total column (`Tổng 2 năm: TW | ĐP | Cộng` — `Cộng` is TW + ĐP already).
 */
function mergedSources(columns: ColumnInfo[], left: number, right: number): ColumnInfo[] {
  const under = columns.filter((c) => c.col >= left && c.col <= right);
  const sources = under.filter((c) => c.source !== 'total');
  return sources.length > 0 && sources.length < under.length ? sources : under;
}

/**
 * `list.map(f)` as a packed array (map() makes a holey one): every array of terms then has the same
 * elements kind, and residual() stays optimised for one kind of array.
 */
function numbersOf<T>(list: readonly T[], f: (item: T) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]));
  return out;
}

function topLevelRows(table: TableModel): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < table.rows.length; index++) {
    const row = table.rows[index];
    if ((row.kind === 'item' || row.kind === 'goal') && row.level === 0) indexes.push(index);
  }
  return indexes;
}
