/**
 * A weak map with the entry asked for last in front of it. The rules of one table ask for the
 * table's columns, rows and units cell after cell; comparing with the last key is several times
 * cheaper than a weak-map look-up. Key and value are both held weakly, as the map holds them: a
 * grid checked last is not kept alive by it.
 */
export class WeakMemo<K extends object, V extends object> {
  private readonly map = new WeakMap<K, V>();
  private lastKey: WeakRef<K> | undefined;
  private lastValue: WeakRef<V> | undefined;

  get(key: K): V | undefined {
    if (this.lastKey !== undefined && this.lastKey.deref() === key) {
      const value = this.lastValue!.deref();
      if (value !== undefined) return value;
    }
    const value = this.map.get(key);
    if (value !== undefined) this.remember(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    this.remember(key, value);
  }

  private remember(key: K, value: V): void {
    this.lastKey = new WeakRef(key);
    this.lastValue = new WeakRef(value);
  }
}
