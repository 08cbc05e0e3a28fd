/** The typed arrays the engine grows as it fills them (identities, localisation's walks). */
export type GrowableArray = Int32Array | Uint8Array | Float64Array;

/**
 * A typed array of `size` elements (≥ the array's length) of the same type, starting with the
 * array's elements, the rest 0: what a flat array filled one element at a time is replaced by when
 * it is full.
 */
export function grown<T extends GrowableArray>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Buffers past this size are not kept for reuse: a table of a million rows would hold them long after. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
/** Nor more than this in all. */
const MAX_FREE_BYTES = 64 * 1024 * 1024;

/**
 * Zeroed typed arrays lent for one piece of work (`during`) and taken back when it ends, to be lent
 * again. A typed array past a few dozen bytes is memory outside the JavaScript heap, and making one
 * is slow (some 40 µs for a table's area of 10,000 cells, where clearing a kept one takes 2):
 * localisation makes a dozen per broken table (walk arrays over the table's area, its identity
 * index), which was some 30 % of its time on a workbook of typed totals. Outside `during`, each
 * array is simply made. `during` calls nest; they may not overlap otherwise (the engine is synchronous).
 */
class ArrayLender {
  private depth = 0;
  private readonly lent: ArrayBuffer[] = [];
  /** Free buffers by size (powers of two, at least 4 KiB). */
  private readonly free = new Map<number, ArrayBuffer[]>();
  private freeBytes = 0;

  /** Runs `work`; the arrays lent during it are taken back when it returns or throws: none may be read after. */
  during<T>(work: () => T): T {
    const mark = this.lent.length;
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
      for (let i = mark; i < this.lent.length; i++) this.keep(this.lent[i]);
      this.lent.length = mark;
    }
  }

  /** A zeroed Uint8Array of `length` elements. */
  uint8(length: number): Uint8Array {
    const buffer = this.take(length);
    return buffer ? new Uint8Array(buffer, 0, length).fill(0) : new Uint8Array(length);
  }

  /** A zeroed Int32Array of `length` elements. */
  int32(length: number): Int32Array {
    const buffer = this.take(length * 4);
    return buffer ? new Int32Array(buffer, 0, length).fill(0) : new Int32Array(length);
  }

  /** A zeroed Float64Array of `length` elements. */
  float64(length: number): Float64Array {
    const buffer = this.take(length * 8);
    return buffer ? new Float64Array(buffer, 0, length).fill(0) : new Float64Array(length);
  }

  /** grown(), lent: an array of `size` elements of the array's type, starting with its elements, the rest 0. */
  grown<T extends GrowableArray>(array: T, size: number): T {
    const bigger = array instanceof Uint8Array ? this.uint8(size) : array instanceof Int32Array ? this.int32(size) : this.float64(size);
    bigger.set(array);
    return bigger as T;
  }

  /** A buffer of at least `bytes`, lent until the current `during` ends; undefined outside one, or for one too large to keep. */
  private take(bytes: number): ArrayBuffer | undefined {
    if (this.depth === 0 || bytes > MAX_KEPT_BYTES) return undefined;
    let size = 4096;
    while (size < bytes) size *= 2;
    const kept = this.free.get(size);
    let buffer = kept?.pop();
    if (buffer) this.freeBytes -= size;
    else buffer = new ArrayBuffer(size);
    this.lent.push(buffer);
    return buffer;
  }

  private keep(buffer: ArrayBuffer): void {
    if (this.freeBytes + buffer.byteLength > MAX_FREE_BYTES) return;
    const kept = this.free.get(buffer.byteLength);
    if (kept) kept.push(buffer);
    else this.free.set(buffer.byteLength, [buffer]);
    this.freeBytes += buffer.byteLength;
  }
}

/** The engine's one lender: localisation borrows its arrays for each broken table (./locate). */
export const lender = new ArrayLender();
