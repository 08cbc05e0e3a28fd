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
