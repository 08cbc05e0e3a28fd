import { grown } from '../arrays';
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
 * grand total over SUM formulas, the walk of every slip reaches every amount of the table.
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
  /** Per cell: the slot it has in the walk `stamp` names (valid only where stamp matches). */
  slotOf: Int32Array;
  stamp: Int32Array;
  private walks = 0;
  /** Per formula cell: the cells its plain sum adds that its identities see. */
  private readonly children = new Map<number, Int32Array>();
  /** Per cell in any: the `Trong đó` relations that hold and that it is in, as text (LocateContext.partsHeld). */
  private readonly held = new Map<number, string>();

  constructor(private readonly context: LocateContext) {
    const { top, left, bottom, right } = context.reader.table.range;
    this.top = top;
    this.left = left;
    this.width = Math.max(0, right - left + 1);
    this.size = Math.max(0, (bottom - top + 1) * this.width);
    this.capacity = this.size + 64;
    this.info = new Uint8Array(this.capacity);
    this.slotOf = new Int32Array(this.capacity);
    this.stamp = new Int32Array(this.capacity);
  }

  /** A new walk's number: the slots of the walks before it no longer count. */
  nextWalk(): number {
    return ++this.walks;
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

  /** The cells an open formula cell's plain sum adds that its identities see. */
  childrenOf(cell: number): Int32Array {
    let children = this.children.get(cell);
    if (children) return children;
    const refs = this.context.followedRefs(this.rowOf(cell), this.colOf(cell));
    if (Array.isArray(refs)) {
      children = new Int32Array(refs.length);
      for (let r = 0; r < refs.length; r++) children[r] = this.cellAt(refs[r].row, refs[r].col);
    } else {
      const { termSheetRows, termCols } = refs;
      children = new Int32Array(termSheetRows.length * termCols.length);
      for (let r = 0, k = 0; r < termSheetRows.length; r++) for (let c = 0; c < termCols.length; c++) children[k++] = this.cellAt(termSheetRows[r], termCols[c]);
    }
    this.children.set(cell, children);
    return children;
  }

  private grow(): void {
    this.capacity *= 2;
    this.info = grown(this.info, this.capacity);
    this.slotOf = grown(this.slotOf, this.capacity);
    this.stamp = grown(this.stamp, this.capacity);
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
 * from `slot × width` in one flat array: no object per cell.
 */
export class AdjointWalk {
  /** The graph's cell per slot. */
  private cells = new Int32Array(256);
  /** `width` numbers per slot. */
  effects: Float64Array;
  /** How many slots there are. */
  count = 0;
  /** The walk stopped at its bound: the candidates are not all there. */
  truncated = false;

  private readonly walk: number;
  private readonly queue: number[] = [];
  private readonly increments: number[] = [];

  /** Walks from each of the component's violated identities in turn. */
  constructor(
    readonly graph: CellGraph,
    component: Violation[],
  ) {
    this.walk = graph.nextWalk();
    this.effects = new Float64Array(256 * component.length);
    let steps = 0;
    for (let index = 0; index < component.length && steps < MAX_STEPS; index++) steps = this.walkFrom(component, index, steps);
    this.truncated = steps >= MAX_STEPS;
  }

  rowOf(slot: number): number {
    return this.graph.rowOf(this.cells[slot]);
  }

  colOf(slot: number): number {
    return this.graph.colOf(this.cells[slot]);
  }

  bitsOf(slot: number): number {
    return this.graph.bitsOf(this.cells[slot]);
  }

  heldAt(slot: number): string {
    return this.graph.heldAt(this.cells[slot]);
  }

  /** The walk from violation `index`, counting its steps on from `steps`; returns the count. */
  private walkFrom(component: Violation[], index: number, steps: number): number {
    const width = component.length;
    const { queue, increments, graph } = this;
    const { identity } = component[index];
    queue.length = 0;
    increments.length = 0;
    queue.push(graph.cellAt(identity.target.row, identity.target.col));
    increments.push(-1);
    const { termSheetRows, termCols, coefs } = identity;
    for (let r = 0, k = 0; r < termSheetRows.length; r++) {
      for (let c = 0; c < termCols.length; c++, k++) {
        queue.push(graph.cellAt(termSheetRows[r], termCols[c]));
        increments.push(coefs ? coefs[k] : 1);
      }
    }
    for (let i = 0; i < queue.length && steps < MAX_STEPS; i++, steps++) {
      const cell = queue[i];
      const bits = graph.bitsOf(cell);
      if ((bits & OPEN) === 0) continue;
      const increment = increments[i];
      this.effects[this.slotFor(cell) * width + index] += increment;
      if (bits & TYPED) continue;
      const children = graph.childrenOf(cell);
      for (let r = 0; r < children.length; r++) {
        queue.push(children[r]);
        increments.push(increment);
      }
    }
    return steps;
  }

  /** The cell's slot in this walk, made on the first visit. */
  private slotFor(cell: number): number {
    const { graph } = this;
    if (graph.stamp[cell] === this.walk) return graph.slotOf[cell];
    const slot = this.count++;
    graph.stamp[cell] = this.walk;
    graph.slotOf[cell] = slot;
    if (slot >= this.cells.length) {
      this.cells = grown(this.cells, this.cells.length * 2);
      this.effects = grown(this.effects, this.effects.length * 2);
    }
    this.cells[slot] = cell;
    return slot;
  }
}
