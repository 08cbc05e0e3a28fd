import type { Severity } from '../engine';

/**
 * What the add-in changed in the workbook, kept in the workbook itself (document settings,
 * saved with the file) so Undo and "turn highlighting off" still work after the pane was
 * closed and reopened. Settings are read and written locally; saveAsync persists them and
 * costs no context.sync().
 */

/** One cell as it was before a fix: `formula` is what `range.formulas` returned (a value for constants). */
export interface CellBefore {
  cell: string;
  formula: string | number | boolean;
  numberFormat: string;
}

export interface FixBatch {
  sheet: string;
  at: string;
  cells: CellBefore[];
}

export interface HighlightMarks {
  sheet: string;
  /** Cells that carry one of the add-in's conditional formats, and the severity it shows. */
  cells: { cell: string; severity: Severity }[];
}

export interface Journal {
  fixes: FixBatch[];
  highlights: HighlightMarks[];
}

const KEY = 'soatBieu.journal';
/** Undo depth kept in the file; older batches are dropped. */
const MAX_BATCHES = 20;

export class JournalStore {
  constructor(private readonly settings: Office.Settings) {}

  read(): Journal {
    const stored = this.settings.get(KEY) as Partial<Journal> | null | undefined;
    return { fixes: stored?.fixes ?? [], highlights: stored?.highlights ?? [] };
  }

  async write(journal: Journal): Promise<void> {
    this.settings.set(KEY, { fixes: journal.fixes.slice(-MAX_BATCHES), highlights: journal.highlights });
    await new Promise<void>((resolve, reject) =>
      this.settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve())),
    );
  }
}
