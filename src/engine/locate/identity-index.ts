import { lender } from '../arrays';
import type { Identity, IdentityList } from '../identities';
import type { Pos } from '../rules/budget/model';

/**
 * The identities a cell stands in, looked up without a list per cell: a table of 200,000 amounts
 * holds tens of thousands of identities, and localisation asks about the few thousand cells its
 * walks reach.
 *
 * Identities keep their terms as rows × columns, and the identities of one row (or of one parent's
 * children, one total row) share one rows array and stand one after another in the table's list,
 * their totals on one row. Each such run is a group, indexed once per row it spans and once on its
 * totals' row; a cell's identities are, of the groups on its row, the members whose columns hold it
 * or whose total it is. Built in one pass over the identities, with no object per identity.
 */
export class IdentityIndex {
  /** Per group: its members are identities runs[g] up to runs[g + 1] (exclusive). */
  private readonly runs: readonly number[];
  /** Per group: its members' flags OR-ed, plus 1 (0: not worked out yet). */
  private readonly groupFlags: Uint8Array;
  /** Per group: 1 when its terms span more than WIDE rows (termFlagsOf). */
  private readonly wide: Uint8Array;
  /** Per compressed row: the flags of its groups OR-ed, plus 1 (0: not worked out yet). */
  private readonly rowFlags: Uint8Array;
  /** Per identity: 1 + its flags (0: not worked out yet). */
  private readonly flags: Uint8Array;
  /**
   * Sheet row → the groups with a term on it, and the groups whose totals stand on it, as
   * compressed rows: the groups of row `top + r` are `termGroups[termFirst[r] … termFirst[r + 1]]`.
   */
  private readonly top: number;
  private readonly termFirst: Int32Array;
  private readonly termGroups: Int32Array;
  private readonly totalFirst: Int32Array;
  private readonly totalGroups: Int32Array;
  private readonly rowSets = new Map<readonly number[], Set<number>>();
  private readonly found = new Map<number, Identity[]>();

  /**
   * `list`: the table's identities (each `id` its index), made into objects only when a look-up
   * returns them; `runs`: where each run of them that shares its terms' rows array and its totals'
   * row starts, and their count last (TableIdentities). `flagged.flagOf`: bits identity i carries
   * (worked out for an identity when first needed) that `flagsAt` gathers per cell.
   */
  constructor(
    private readonly list: IdentityList,
    runs: readonly number[],
    private readonly flagged: { flagOf(i: number): number },
  ) {
    this.runs = runs;
    const groups = Math.max(0, runs.length - 1);
    this.flags = lender.uint8(list.length);
    const termRows: (readonly number[] | number)[] = new Array(groups);
    const totalRows: number[] = new Array(groups);
    let top = Infinity;
    let bottom = -Infinity;
    for (let group = 0; group < groups; group++) {
      const rows = list.spanOf(runs[group]);
      const target = list.targetRow(runs[group]);
      termRows[group] = rows;
      totalRows[group] = target;
      if (typeof rows === 'number') {
        if (rows < top) top = rows;
        if (rows > bottom) bottom = rows;
      } else {
        for (let r = 0; r < rows.length; r++) {
          if (rows[r] < top) top = rows[r];
          if (rows[r] > bottom) bottom = rows[r];
        }
      }
      if (target < top) top = target;
      if (target > bottom) bottom = target;
    }
    this.top = top;
    const height = groups === 0 ? 0 : bottom - top + 1;
    [this.termFirst, this.termGroups] = compressed(termRows, height, top);
    [this.totalFirst, this.totalGroups] = compressed(totalRows, height, top);
    this.groupFlags = lender.uint8(groups);
    this.wide = lender.uint8(groups);
    for (let group = 0; group < groups; group++) {
      const rows = termRows[group];
      if (typeof rows !== 'number' && rows.length > WIDE) this.wide[group] = 1;
    }
    this.rowFlags = lender.uint8(this.termFirst.length);
  }

  /** The identities whose total the cell is. */
  targetsAt(pos: Pos): Identity[] {
    const count = this.targetIndexesAt(pos.row, pos.col, this.scratch);
    return this.identitiesOf(count);
  }

  private readonly scratch: number[] = [];

  /** The identities at the first `count` indexes of `scratch`, as objects. */
  private identitiesOf(count: number): Identity[] {
    const list: Identity[] = [];
    for (let k = 0; k < count; k++) list.push(this.list.at(this.scratch[k]));
    return list;
  }

  /** The indexes of the identities whose total is the cell, written into `out` from 0; returns how many (no object made). */
  targetIndexesAt(row: number, col: number, out: number[]): number {
    let count = 0;
    const r = this.rowIndex(row);
    for (let g = this.totalFirst[r]; g < this.totalFirst[r + 1]; g++) {
      const group = this.totalGroups[g];
      for (let i = this.runs[group]; i < this.runs[group + 1]; i++) if (this.list.targetCol(i) === col) out[count++] = i;
    }
    return count;
  }

  /** Whether the cell is one of the identity's terms. */
  hasTerm(identity: Identity, pos: Pos): boolean {
    if (!identity.termCols.includes(pos.col)) return false;
    const rows = identity.termSheetRows;
    if (rows.length <= 16) return rows.includes(pos.row);
    // A total of thousands of rows is asked about each of them: a set, shared by the rows' group.
    let set = this.rowSets.get(rows);
    if (!set) this.rowSets.set(rows, (set = new Set(rows)));
    return set.has(pos.row);
  }

  /**
   * The flags of every identity the cell stands in, OR-ed; without looking at the members of a
   * group none of which carries one (the common case, asked of every cell a walk reaches).
   */
  flagsAt(row: number, col: number): number {
    const r = this.rowIndex(row);
    // Most rows have no identity with a flag: told once per row.
    if (this.rowFlags[r] === 0) this.rowFlags[r] = 1 + this.flagsOfRow(r);
    if (this.rowFlags[r] === 1) return 0;
    let flags = 0;
    for (let g = this.totalFirst[r]; g < this.totalFirst[r + 1]; g++) {
      const group = this.totalGroups[g];
      if (this.flagsOfGroup(group) === 0) continue;
      for (let i = this.runs[group]; i < this.runs[group + 1]; i++) if (this.list.targetCol(i) === col) flags |= this.flagOfIndex(i);
    }
    for (let g = this.termFirst[r]; g < this.termFirst[r + 1]; g++) {
      const group = this.termGroups[g];
      if (this.flagsOfGroup(group) === 0) continue;
      if (this.wide[group] === 1) flags |= this.termFlagsOf(group).get(col) ?? 0;
      else for (let i = this.runs[group]; i < this.runs[group + 1]; i++) if (this.list.spec(i).termCols.includes(col)) flags |= this.flagOfIndex(i);
    }
    return flags;
  }

  private readonly termFlags = new Map<number, Map<number, number>>();

  /**
   * A wide group's members' flags by their terms' column, OR-ed, worked out once: the group of a
   * parent of twenty thousand items is asked about each of them.
   */
  private termFlagsOf(group: number): Map<number, number> {
    let byColumn = this.termFlags.get(group);
    if (!byColumn) {
      byColumn = new Map();
      for (let i = this.runs[group]; i < this.runs[group + 1]; i++) {
        const flags = this.flagOfIndex(i);
        for (const col of this.list.spec(i).termCols) byColumn.set(col, (byColumn.get(col) ?? 0) | flags);
      }
      this.termFlags.set(group, byColumn);
    }
    return byColumn;
  }

  /** The flags of the groups on compressed row `r`, OR-ed. */
  private flagsOfRow(r: number): number {
    let flags = 0;
    for (let g = this.totalFirst[r]; g < this.totalFirst[r + 1]; g++) flags |= this.flagsOfGroup(this.totalGroups[g]);
    for (let g = this.termFirst[r]; g < this.termFirst[r + 1]; g++) flags |= this.flagsOfGroup(this.termGroups[g]);
    return flags;
  }

  /**
   * The indexes of the identities the cell is the total or a term of, each once, written into `out`
   * from 0; returns how many. No object is made: the violations of a table are linked through the
   * identities around their cells.
   */
  indexesAt(row: number, col: number, out: number[]): number {
    let count = this.targetIndexesAt(row, col, out);
    const r = this.rowIndex(row);
    for (let g = this.termFirst[r]; g < this.termFirst[r + 1]; g++) {
      const group = this.termGroups[g];
      for (let i = this.runs[group]; i < this.runs[group + 1]; i++) {
        // A total that is also one of its own terms is listed once.
        if (this.list.spec(i).termCols.includes(col) && (this.list.targetRow(i) !== row || this.list.targetCol(i) !== col)) out[count++] = i;
      }
    }
    return count;
  }

  /** The identities the cell is the total or a term of, in identity order, each once. Do not modify. */
  identitiesAt(pos: Pos): Identity[] {
    const key = pos.row * 20_000 + pos.col;
    let list = this.found.get(key);
    if (list) return list;
    list = this.identitiesOf(this.indexesAt(pos.row, pos.col, this.scratch));
    if (list.length > 1) list.sort((a, b) => a.id - b.id);
    this.found.set(key, list);
    return list;
  }

  /** The cell's row in the compressed rows; outside them, the empty row past the last. */
  private rowIndex(row: number): number {
    const r = row - this.top;
    return r >= 0 && r < this.termFirst.length - 2 ? r : this.termFirst.length - 2;
  }

  private flagsOfGroup(group: number): number {
    if (this.groupFlags[group] === 0) {
      let flags = 0;
      for (let i = this.runs[group]; i < this.runs[group + 1]; i++) flags |= this.flagOfIndex(i);
      this.groupFlags[group] = 1 + flags;
    }
    return this.groupFlags[group] - 1;
  }

  private flagOfIndex(i: number): number {
    if (this.flags[i] === 0) this.flags[i] = 1 + this.flagged.flagOf(i);
    return this.flags[i] - 1;
  }
}

/** Past this many term rows, a group's flags are kept by column (its many cells are each asked). */
const WIDE = 16;

/**
 * Groups by row, compressed: `first[r] … first[r + 1]` index the groups on row `top + r` in
 * `groups`, each once, in group order; row `height` is an empty one, for cells outside. `rowsOf[group]`:
 * the rows a group spans (repeats allowed), or its one row.
 */
function compressed(rowsOf: readonly (readonly number[] | number)[], height: number, top: number): [Int32Array, Int32Array] {
  const seen = lender.int32(height);
  const first = lender.int32(height + 2);
  spread(rowsOf, top, seen, first);
  for (let r = 0; r <= height; r++) first[r + 1] += first[r];
  const groups = lender.int32(first[height]);
  const slots = lender.int32(height);
  slots.set(first.subarray(0, height));
  spread(rowsOf, top, seen, slots, groups);
  return [first, groups];
}

/**
 * Each (row, group) once, without a call per row (every table with a broken identity builds two
 * indexes): counted into `slots[r + 1]`, or, with `groups`, placed at `slots[r]`, which moves on.
 * `seen`: the last group met on each row, + 1 (a row counted twice in a total is one more term, not
 * one more group).
 */
function spread(rowsOf: readonly (readonly number[] | number)[], top: number, seen: Int32Array, slots: Int32Array, groups?: Int32Array): void {
  seen.fill(0);
  for (let group = 0; group < rowsOf.length; group++) {
    const rows = rowsOf[group];
    const count = typeof rows === 'number' ? 1 : rows.length;
    for (let k = 0; k < count; k++) {
      const r = (typeof rows === 'number' ? rows : rows[k]) - top;
      if (seen[r] === group + 1) continue;
      seen[r] = group + 1;
      if (groups) groups[slots[r]++] = group;
      else slots[r + 1]++;
    }
  }
}
