import { SheetView } from '../detect/sheet-view';
import { readCell } from '../numbers';
import type { BudgetReader } from '../rules/budget/model';
import type { SheetGrid, TableModel } from '../types';

/** The budget reader the rules use, built from the grid alone: the explainer runs after them. */
export function gridReader(grid: SheetGrid, table: TableModel): BudgetReader {
  const view = new SheetView(grid);
  return {
    table,
    cell: (row, col) => view.cell(row, col),
    quantity: (row, col) => readCell(view.cell(row, col), table.convention),
    merge: (row, col) => view.merge(row, col),
  };
}
