import { lender } from '../arrays';
import { Status } from '../identities/values';
import type { LocateContext, Violation } from './index';

/** Per cell: a typed cell (a candidate). */
export const TYPED = 1;
/** Per cell: its change breaks an identity that holds today with a typed total. */
export const BREAKS = 2;
/** Per cell: the walk goes through it (a typed cell, or a formula total whose change breaks nothing that holds). */
const OPEN = 4;
/** Per cell: worked out. */
const KNOWN = 8;

/** How many steps the walks through formula precedents take at most, per component. */
const MAX_STEPS = 200_000;

/**
 * What the walks of one table know of its cells, worked out once whichever component asks: each
 * cell's bits (TYPED, BREAKS, OPEN), and for a formula total the cells its plain sum adds that its
 * identities see. Cells are numbered over the table's area, row by row; a cell outside it (a formula
 * may add one) gets a number past the area's. Flat arrays, made on the first walk: under a typed
 * grand total over SUM formulas, the walk of every slip reaches every formula of the table. The
 * walks' own arrays are kept here too, and handed to one walk at a time (`nextWalk`).
 */
export class CellGraph {
  private readonly top: number;
  private readonly left: number;
  private readonly width: number;
  private readonly size: number;
  private capacity: number;
  private readonly outside = new Map<number, number>();
  private readonly outsideRows: number[] = [];
  private readonly outsideCols: number[] = [];
  /** Per cell: its bits, with KNOWN once worked out. */
  private info: Uint8Array;
  /**
   * Per cell: 1 + its slot + the slots all walks before its own handed out (`marks` then): a
   * mark above the current walk's `base` is that walk's, any other is stale. No array is cleared
   * between walks.
   */
  mark: Int32Array;
  /** Per formula cell: as `mark`, for the slot of its leaf block (made with the children arrays: a typed table has no block). */
  blockMark: Int32Array = new Int32Array(0);
  marks = 0;
  private walks = 0;
  /**
   * Per formula cell: where the cells its plain sum adds (that its identities see) start in `pool`,
   * plus 1 (0: not worked out); made on the first formula cell a walk opens (a typed table has none).
   */
  private childFirst: Int32Array | undefined = undefined;
  private childCount: Int32Array | undefined = undefined;
  /** Per formula cell: 1 when its children form a leaf block (isLeafBlock), once childrenStart has worked them out. */
  private leafBlock: Uint8Array | undefined = undefined;
  /** The children of every formula cell worked out, one run per cell. */
  pool = lender.int32(1024);
  /** Each child's coefficient in its formula, beside `pool`: 1, or −1 for a cell it takes away (`=D12-C12`). */
  poolCoefs = lender.float64(1024);
  private pooled = 0;
  /** Per cell in any: the `Trong đó` relations that hold and that it is in, as text (LocateContext.partsHeld). */
  private readonly held = new Map<number, string>();

  /** The current walk's arrays (AdjointWalk): its cells per slot (a leaf block's: minus its formula cell, minus 1), their effects, its queue. */
  walkCells = lender.int32(1024);
  walkEffects = lender.float64(1024);
  /** How much of walkEffects the last walk wrote: cleared when the next starts. */
  written = 0;
  queue = lender.int32(1024);
  increments = lender.float64(1024);

  constructor(private readonly context: LocateContext) {
    const { top, left, bottom, right } = context.reader.table.range;
    this.top = top;
    this.left = left;
    this.width = Math.max(0, right - left + 1);
    this.size = Math.max(0, (bottom - top + 1) * this.width);
    this.capacity = this.size + 64;
    this.info = lender.uint8(this.capacity);
    this.mark = lender.int32(this.capacity);
  }

  /**
   * A new walk's number: the slots, and the arrays, of the walks before it no longer count. Its
   * marks start past `marks` (all stale ones are at most that).
   */
  nextWalk(): number {
    // Far before the marks overflow, they start again from a cleared array.
    if (this.marks > 0x3fffffff) {
      this.mark.fill(0);
      this.blockMark.fill(0);
      this.marks = 0;
    }
    return ++this.walks;
  }

  /** Whether walk `walk` is the latest (its slots and arrays still its own). */
  isCurrent(walk: number): boolean {
    return walk === this.walks;
  }

  /** The cell's number. */
  cellAt(row: number, col: number): number {
    const r = row - this.top;
    const c = col - this.left;
    if (r >= 0 && c >= 0 && c < this.width && r * this.width + c < this.size) return r * this.width + c;
    const key = row * 20_000 + col;
    let cell = this.outside.get(key);
    if (cell === undefined) {
      cell = this.size + this.outsideRows.length;
      this.outside.set(key, cell);
      this.outsideRows.push(row);
      this.outsideCols.push(col);
      if (cell >= this.capacity) this.grow();
    }
    return cell;
  }

  rowOf(cell: number): number {
    return cell < this.size ? this.top + Math.floor(cell / this.width) : this.outsideRows[cell - this.size];
  }

  colOf(cell: number): number {
    return cell < this.size ? this.left + (cell % this.width) : this.outsideCols[cell - this.size];
  }

  /** TYPED | BREAKS | OPEN of the cell. */
  bitsOf(cell: number): number {
    const known = this.info[cell];
    if (known & KNOWN) return known;
    const row = this.rowOf(cell);
    const col = this.colOf(cell);
    const { context } = this;
    const formula = context.reader.amounts.formulaAt(row, col);
    const flags = context.flagsAt(row, col);
    const breaking = context.breaksHolding(flags);
    if (context.holdsParts(flags)) this.held.set(cell, context.partsHeld({ row, col }, flags));
    // Under a total that breaks an identity holding today, every cell would need a second slip to
    // compensate: the walk stops there (the total's own cell, if typed, stays a candidate).
    const bits = KNOWN | (formula ? 0 : TYPED) | (breaking ? BREAKS : 0) | (!formula || !breaking ? OPEN : 0);
    this.info[cell] = bits;
    return bits;
  }

  /** The held `Trong đó` relations of the cell, as text ('' for none). */
  heldAt(cell: number): string {
    return this.held.size === 0 ? '' : (this.held.get(cell) ?? '');
  }

  /**
   * Where the cells an open formula cell's plain sum adds (that its identities see) start in
   * `pool`; childCount(cell) of them. Worked out on the first call (which may move `pool`).
   */
  childrenStart(cell: number): number {
    if (!this.childFirst || !this.childCount || !this.leafBlock) {
      this.childFirst = lender.int32(this.capacity);
      this.childCount = lender.int32(this.capacity);
      this.leafBlock = lender.uint8(this.capacity);
      this.blockMark = lender.int32(this.capacity);
    }
    const first = this.childFirst[cell];
    if (first > 0) return first - 1;
    const start = this.pooled;
    const row = this.rowOf(cell);
    const col = this.colOf(cell);
    const { context } = this;
    const followed = context.followedIdentity(row, col);
    let block = false;
    if (followed < 0) {
      const refs = context.followedCells(row, col);
      this.reserve(refs.length);
      for (let r = 0; r < refs.length; r++) {
        this.poolCoefs[this.pooled] = refs[r].coef;
        this.pool[this.pooled++] = this.cellAt(refs[r].row, refs[r].col);
      }
    } else {
      const rows = context.termRowsOf(followed);
      const cols = context.termColsOf(followed);
      this.reserve(rows.length * cols.length);
      const { amounts } = context.reader;
      // The terms of an identity a formula adds exactly are distinct (formula-refs addsExactly).
      block = rows.length * cols.length > 1;
      for (let r = 0; r < rows.length; r++) {
        for (let c = 0; c < cols.length; c++) {
          const child = this.cellAt(rows[r], cols[c]);
          this.poolCoefs[this.pooled] = 1;
          this.pool[this.pooled++] = child;
          block &&= child < this.size && !amounts.formulaAt(rows[r], cols[c]) && context.flagsAt(rows[r], cols[c]) === 0 && amounts.statusAt(rows[r], cols[c]) !== Status.Unknown;
        }
      }
    }
    // cellAt may have grown the per-cell arrays: written after it.
    this.childFirst![cell] = start + 1;
    this.childCount![cell] = this.pooled - start;
    this.leafBlock![cell] = block ? 1 : 0;
    return start;
  }

  /** How many children childrenStart(cell) has (after it has been called). */
  childrenCount(cell: number): number {
    return this.childCount![cell];
  }

  /**
   * Whether an open formula cell's children (childrenStart, called before) are a leaf block: the
   * terms of the identity it adds exactly (each once), each a typed amount told apart by nothing but
   * its own value (no identity that holds with a typed total, no `Trong đó` relation that holds,
   * stands on it). A walk then carries the formula's effect to them as one slot (the detail rows
   * under a SUM), not one per cell.
   */
  isLeafBlock(cell: number): boolean {
    return this.leafBlock![cell] === 1;
  }

  private reserve(count: number): void {
    if (this.pooled + count <= this.pool.length) return;
    const length = Math.max(this.pool.length * 2, this.pooled + count);
    this.pool = lender.grown(this.pool, length);
    this.poolCoefs = lender.grown(this.poolCoefs, length);
  }

  private grow(): void {
    this.capacity *= 2;
    this.info = lender.grown(this.info, this.capacity);
    this.mark = lender.grown(this.mark, this.capacity);
    if (this.blockMark.length > 0) this.blockMark = lender.grown(this.blockMark, this.capacity);
    if (this.childFirst) this.childFirst = lender.grown(this.childFirst, this.capacity);
    if (this.childCount) this.childCount = lender.grown(this.childCount, this.capacity);
    if (this.leafBlock) this.leafBlock = lender.grown(this.leafBlock, this.capacity);
  }
}

/**
 * For every cell that reaches a component's identities, what a unit increase of it does to each
 * of their residuals (∂residual/∂cell: `width` numbers per cell, one per violation in order), worked
 * out in reverse: from each identity's cells down through the plain-sum formulas that Excel would
 * recompute, a path at a time. The walk does not go below a formula total whose change would break
 * an identity that holds.
 *
 * Each cell reached is a slot, numbered in the order the walk meets it, its effects `width` numbers
 * from `slot × width` in one flat array: no object per cell. The typed cells under one SUM that
 * nothing else tells apart (a leaf block) share one slot, where the first of them would have had
 * theirs: under a typed grand total over SUM formulas, a walk reaches thousands of detail cells, and
 * a slip is one of them. The arrays are the graph's, reused by the next walk: a walk is read only
 * until the graph's next one starts.
 */
export class AdjointWalk {
  /** How many slots there are. */
  count = 0;
  /** The walk stopped at its bound: the candidates are not all there. */
  truncated = false;

  private walk = 0;
  private readonly width: number;
  /** The graph's `marks` when the walk started. */
  private base = 0;
  /** Whether leaf blocks are walked as one slot each. */
  private blocks = true;
  /** A cell of a leaf block was reached another way too: its effect is not the block's alone. */
  private overlap = false;

  /**
   * Walks from each of the component's violated identities in turn. The typed cells under one SUM
   * (a leaf block: CellGraph.isLeafBlock) share a slot, their formula's effect; where one of them is
   * reached another way as well (two ranges over it), the walk is made again cell by cell.
   */
  constructor(
    readonly graph: CellGraph,
    component: Violation[],
  ) {
    this.width = component.length;
    this.run(component);
    if (!this.overlap) return;
    this.blocks = false;
    this.run(component);
  }

  /** One walk from every violation of the component, over arrays cleared of the last walk's. */
  private run(component: Violation[]): void {
    const { graph } = this;
    this.walk = graph.nextWalk();
    this.base = graph.marks;
    this.count = 0;
    this.overlap = false;
    graph.walkEffects.fill(0, 0, graph.written);
    let steps = 0;
    for (let index = 0; index < component.length && steps < MAX_STEPS; index++) steps = this.walkFrom(component, index, steps);
    this.truncated = steps >= MAX_STEPS;
    graph.written = this.count * this.width;
    graph.marks = this.base + this.count;
  }

  /** `width` numbers per slot: the slot's effect on each violation. */
  get effects(): Float64Array {
    this.current();
    return this.graph.walkEffects;
  }

  /** A plain slot's cell's row (not a leaf block's). */
  rowOf(slot: number): number {
    return this.graph.rowOf(this.graph.walkCells[slot]);
  }

  colOf(slot: number): number {
    return this.graph.colOf(this.graph.walkCells[slot]);
  }

  /** The slot's cell's bits; a leaf block's are its cells' (typed, open). */
  bitsOf(slot: number): number {
    const cell = this.graph.walkCells[slot];
    return cell < 0 ? TYPED | OPEN | KNOWN : this.graph.bitsOf(cell);
  }

  heldAt(slot: number): string {
    const cell = this.graph.walkCells[slot];
    return cell < 0 ? '' : this.graph.heldAt(cell);
  }

  /** How many cells a leaf block's slot stands for; 0 for a plain slot (one cell). */
  leafCount(slot: number): number {
    const cell = this.graph.walkCells[slot];
    return cell < 0 ? this.graph.childrenCount(-cell - 1) : 0;
  }

  /** Appends a leaf block's cells to `keys`, keyed row × 20,000 + column, in sheet order. */
  addLeafKeys(slot: number, keys: number[]): void {
    const { graph } = this;
    const formula = -graph.walkCells[slot] - 1;
    const first = graph.childrenStart(formula);
    const count = graph.childrenCount(formula);
    for (let k = 0; k < count; k++) {
      const leaf = graph.pool[first + k];
      keys.push(graph.rowOf(leaf) * 20_000 + graph.colOf(leaf));
    }
  }

  /** Throws when a later walk has taken the graph's arrays over (a programming error). */
  private current(): void {
    if (!this.graph.isCurrent(this.walk)) throw new Error('AdjointWalk read after a later walk of its table started');
  }

  /** The walk from violation `index`, counting its steps on from `steps`; returns the count. */
  private walkFrom(component: Violation[], index: number, steps: number): number {
    const { width, graph } = this;
    const { identity } = component[index];
    const { termSheetRows, termCols, coefs } = identity;
    let queued = 0;
    this.reserve(1 + termSheetRows.length * termCols.length, 0);
    graph.queue[queued] = graph.cellAt(identity.target.row, identity.target.col);
    graph.increments[queued++] = -1;
    for (let r = 0, k = 0; r < termSheetRows.length; r++) {
      for (let c = 0; c < termCols.length; c++, k++) {
        graph.queue[queued] = graph.cellAt(termSheetRows[r], termCols[c]);
        graph.increments[queued++] = coefs ? coefs[k] : 1;
      }
    }
    for (let i = 0; i < queued && steps < MAX_STEPS; i++, steps++) {
      const cell = graph.queue[i];
      const increment = graph.increments[i];
      if (cell < 0) {
        // A leaf block, queued where its cells would be: its slot comes where theirs would, and it counts their steps.
        const formula = -cell - 1;
        steps += graph.childrenCount(formula) - 1;
        // The slot first: making it may grow walkEffects.
        const slot = this.blockSlotFor(formula);
        graph.walkEffects[slot * width + index] += increment;
        continue;
      }
      const bits = graph.bitsOf(cell);
      if ((bits & OPEN) === 0) continue;
      const slot = this.slotFor(cell);
      graph.walkEffects[slot * width + index] += increment;
      if (bits & TYPED) continue;
      const first = graph.childrenStart(cell);
      const count = graph.childrenCount(cell);
      if (this.blocks && count > 1 && graph.isLeafBlock(cell)) {
        this.reserve(queued + 1, queued);
        graph.queue[queued] = -cell - 1;
        graph.increments[queued++] = increment;
        continue;
      }
      this.reserve(queued + count, queued);
      const { pool, poolCoefs, queue, increments } = graph;
      for (let r = 0; r < count; r++) {
        queue[queued] = pool[first + r];
        increments[queued++] = increment * poolCoefs[first + r];
      }
    }
    return steps;
  }

  /** Room for `size` cells in the queue, `used` of them kept. */
  private reserve(size: number, used: number): void {
    const { graph } = this;
    if (size <= graph.queue.length) return;
    const length = Math.max(size, graph.queue.length * 2);
    graph.queue = lender.grown(graph.queue.subarray(0, used), length);
    graph.increments = lender.grown(graph.increments.subarray(0, used), length);
  }

  /** The cell's slot in this walk, made on the first visit. */
  private slotFor(cell: number): number {
    const { graph } = this;
    const mark = graph.mark[cell];
    if (mark > this.base) {
      const slot = mark - this.base - 1;
      // A leaf block's cell, reached another way too.
      if (graph.walkCells[slot] !== cell) this.overlap = true;
      return slot;
    }
    const slot = this.newSlot(cell);
    graph.mark[cell] = this.base + slot + 1;
    return slot;
  }

  /**
   * The slot of formula cell `formula`'s leaf block in this walk, made on the first visit: its cells
   * are marked as the block's (one reached before, or by another block, is an overlap).
   */
  private blockSlotFor(formula: number): number {
    const { graph } = this;
    const mark = graph.blockMark[formula];
    if (mark > this.base) return mark - this.base - 1;
    const slot = this.newSlot(-formula - 1);
    graph.blockMark[formula] = this.base + slot + 1;
    const first = graph.childrenStart(formula);
    const count = graph.childrenCount(formula);
    for (let k = 0; k < count; k++) {
      const leaf = graph.pool[first + k];
      if (graph.mark[leaf] > this.base) this.overlap = true;
      else graph.mark[leaf] = this.base + slot + 1;
    }
    return slot;
  }

  /** A new slot for `cell` (a leaf block's: minus its formula cell, minus 1). */
  private newSlot(cell: number): number {
    const { graph, width } = this;
    const slot = this.count++;
    if (slot >= graph.walkCells.length) graph.walkCells = lender.grown(graph.walkCells, graph.walkCells.length * 2);
    if ((slot + 1) * width > graph.walkEffects.length) graph.walkEffects = lender.grown(graph.walkEffects, Math.max(graph.walkEffects.length * 2, (slot + 1) * width));
    graph.walkCells[slot] = cell;
    return slot;
  }
}
