import type { SheetGrid, TableModel } from './types';

/**
 * One instance of each class a check builds afresh (a sheet view, a table, its amounts, its
 * identities…), kept for the life of the process.
 *
 * Why: V8 gives objects of one shape a hidden class (a map), made when the first is built and held
 * only by the objects and by the code compiled for them. When a full garbage collection finds none
 * left — between two checks in the add-in, between the benchmark's runs — the maps go, and with them
 * the optimised code of every function that read such an object: the next check ran in the
 * interpreter until it was hot again. Measured on the benchmark's own file form (a full collection
 * before each check, medians of three checks after a first one), engine time before → after:
 * budget workbook 245,606 cells 370–470 → 150–210 ms CPU; flat table of 20,000 items 330–530 →
 * 165–230 ms; the same with one wrong amount 670–775 → 430–490 ms, and 220–420 ms once
 * localisation's objects were kept too. A kept instance is built from an empty grid or table: it holds none of the officer's data.
 *
 * The same cause, the same cures elsewhere in the engine: an object literal made per check comes from
 * one function, with every field in one order, and one made by it is kept (the table model, a column,
 * a header block); no closure made per check on a hot path (an object with a method instead); the
 * work of each row in a function or method called per row, not in a loop of a function called once
 * per table, whose code is compiled on the stack for that call and dropped by the next collection.
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
