import type { SheetGrid, TableModel } from './types';

/**
 * One instance of each class a check builds afresh (a sheet view, a table's amounts, its
 * identities…), kept for the life of the process.
 *
 * Why: V8 gives each class's instances a hidden class (a map) made when the first one is built and
 * held only by the instances. When a full garbage collection finds none left — between two checks
 * in the add-in, between the benchmark's runs — the maps go, and with them the optimised code of
 * every function that read such an object: the next check runs in the interpreter until it is hot
 * again. Measured on the flat table with one wrong amount (20,000 rows, three full collections
 * between checks): 0.8–1.0 s a check without these, 0.3–0.4 s with them. A kept instance is built
 * from an empty grid or table: it holds none of the officer's data.
 */
const kept: object[] = [];

/** Keeps `instances` for the life of the process (see above). */
export function keepShapes(...instances: object[]): void {
  for (const instance of instances) kept.push(instance);
}

/** An empty sheet, for the kept instances. */
export const EMPTY_GRID: SheetGrid = { name: '', origin: { row: 0, col: 0 }, cells: [], merges: [] };

/** An empty budget table on it, for the kept instances. */
export const EMPTY_TABLE: TableModel = {
  id: '',
  sheet: '',
  kind: 'budget',
  range: { top: 0, left: 0, bottom: -1, right: -1 },
  headerTop: 0,
  headerBottom: -1,
  dataTop: 0,
  columns: [],
  rows: [],
};
