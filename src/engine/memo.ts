/**
 * A weak map with the entry asked for last in front of it. The rules of one table ask for the
 * table's columns, rows and units cell after cell; comparing with the last key is several times
 * cheaper than a weak-map look-up (and than a WeakRef's deref). The last entry is held strongly
 * until forgetLastEntries(), which the check calls when it ends: a grid checked last is not kept
 * alive by it.
 */
export class WeakMemo<K extends object, V> {
  private readonly map = new WeakMap<K, V>();
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  constructor() {
    memos.push(this);
  }

  get(key: K): V | undefined {
    if (key === this.lastKey) return this.lastValue;
    const value = this.map.get(key);
    if (value !== undefined) {
      this.lastKey = key;
      this.lastValue = value;
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    this.lastKey = key;
    this.lastValue = value;
  }

  /** Drops the last entry (the map keeps it while its key lives). */
  forgetLast(): void {
    this.lastKey = undefined;
    this.lastValue = undefined;
  }
}

/** Every memo made: a handful, each a module's constant. */
const memos: WeakMemo<object, unknown>[] = [];

/** Drops every memo's last entry: called when a check ends. */
export function forgetLastEntries(): void {
  for (let i = 0; i < memos.length; i++) memos[i].forgetLast();
}
