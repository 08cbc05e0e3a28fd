/**
 * `read`, remembered per label: several rules read every label of a grid of thousands of rows, for
 * every column. At most 20,000 labels are kept (the memory stays bounded; past that it starts over).
 * Callers do not change what it returns: it is shared.
 */
export function rememberedByLabel<T>(read: (label: string) => T): (label: string) => T {
  const known = new Map<string, T>();
  return (label) => {
    let value = known.get(label);
    if (value === undefined) {
      value = read(label);
      if (known.size >= 20_000) known.clear();
      known.set(label, value);
    }
    return value;
  };
}
