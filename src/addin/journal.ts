/**
 * What the add-in changed in the workbook, kept in the workbook itself (document settings, saved
 * with the file) so that undo works after the pane was closed and reopened on Excel without
 * ExcelApi 1.20, and so that the report sheet can list every write (the audit list).
 *
 * A batch is written to the journal *before* its cells are written (write-ahead, state
 * `pending`): if Excel, the network or the settings save fails half-way, the journal still knows
 * which cells may have changed and what they held. Undo restores a cell only where it still holds
 * what the fix wrote, so a pending batch whose writes never landed restores nothing.
 *
 * Settings are small and last-writer-wins under co-authoring: the journal keeps its size under
 * MAX_JOURNAL_CHARS by dropping the oldest batches and audit lines.
 *
 * Where Excel's own undo holds the fixes (ExcelApi 1.20) the journal stays in memory: settings are
 * a Common API, and Common API calls are not undoable, so saving them would clear the officer's
 * undo history (Microsoft, office-js#5966). Excel's undo then replaces the journal's.
 */
import type { CellChange } from '../io/apply-fixes';
import { HostError } from '../ui/host';

/** A cell's content as the officer typed it; text is kept apart from numbers so it is restored as text. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string }
  | { kind: 'formula'; formula: string };

export interface JournalCell {
  /** A1 address at the time of the fix. */
  cell: string;
  before: CellContent;
  numberFormat: string;
  /** What the fix wrote, and the number format it left: undo puts `before` back only over exactly this. */
  wrote: CellContent;
  wroteNumberFormat: string;
  rule: string;
}

export interface FixBatch {
  /** Worksheet.id: stable across renames. */
  sheetId: string;
  /** The sheet's name at the time of the fix, for messages only. */
  sheet: string;
  at: string;
  state: 'pending' | 'written';
  cells: JournalCell[];
  /** Each fixed row's label (its text cells, the fixed cells left out): a changed label means rows moved. */
  rows: { row: number; label: string }[];
}

/** One line of the audit list, as the web page's corrected copy keeps it too. */
export type AuditEntry = CellChange;

export interface Journal {
  fixes: FixBatch[];
  audit: AuditEntry[];
}

const KEY = 'soatBieu.journal';
/** Undo depth kept in the file; older batches are dropped. */
const MAX_BATCHES = 20;
/**
 * Office does not publish the document settings' limit (reports put it near 2 MB on the web);
 * the journal stays well under it so other settings and a co-author's save still fit.
 */
export const MAX_JOURNAL_CHARS = 1_000_000;

export class JournalStore {
  private memory?: Journal;

  /** @param inMemory keep the journal for this pane only, never saving settings (see above). */
  constructor(
    private readonly settings: Office.Settings,
    private readonly inMemory = false,
  ) {}

  read(): Journal {
    if (this.memory) return JSON.parse(JSON.stringify(this.memory)) as Journal;
    const stored = this.settings.get(KEY) as Partial<Journal> | null | undefined;
    // Journals written before batches carried a sheet id cannot be undone safely: left out.
    return { fixes: (stored?.fixes ?? []).filter((b) => typeof b.sheetId === 'string' && Array.isArray(b.rows)), audit: stored?.audit ?? [] };
  }

  /**
   * Saves the journal, trimmed to fit.
   * @throws HostError `journalFailed` when the settings cannot be saved or one batch alone is too large.
   */
  async write(journal: Journal): Promise<void> {
    const kept: Journal = { fixes: journal.fixes.slice(-MAX_BATCHES), audit: [...journal.audit] };
    while (JSON.stringify(kept).length > MAX_JOURNAL_CHARS && (kept.audit.length > 0 || kept.fixes.length > 1)) {
      if (kept.fixes.length > 1) kept.fixes.shift();
      else kept.audit.splice(0, Math.max(1, Math.ceil(kept.audit.length / 4)));
    }
    if (JSON.stringify(kept).length > MAX_JOURNAL_CHARS) throw new HostError('journalFailed', { detail: `> ${MAX_JOURNAL_CHARS} characters` });
    if (this.inMemory) {
      this.memory = JSON.parse(JSON.stringify(kept)) as Journal;
      return;
    }
    this.settings.set(KEY, kept);
    await new Promise<void>((resolve, reject) =>
      this.settings.saveAsync((result) => (String(result.status) === 'failed' || result.error ? reject(new HostError('journalFailed', { detail: result.error?.message ?? 'failed' })) : resolve())),
    );
  }
}

/** The content as Excel's formula bar shows it, for the audit list: text marked with `'`. */
export function shown(content: CellContent): string {
  switch (content.kind) {
    case 'empty': return '';
    case 'number': return String(content.value);
    case 'text': return `'${content.text}`;
    case 'boolean': return content.value ? 'TRUE' : 'FALSE';
    case 'error': return content.text;
    case 'formula': return content.formula;
  }
}
