import { JournalStore, MAX_JOURNAL_CHARS } from '../../src/addin/journal';
import type { FixBatch, Journal } from '../../src/addin/journal';
import { FakeWorkbook } from './fake-excel';

const batch = (n: number, cells = 1): FixBatch => ({
  sheetId: '{S}',
  sheet: 'S',
  at: `2026-11-30T06:00:${String(n).padStart(2, '0')}Z`,
  state: 'written',
  cells: Array.from({ length: cells }, (_, i) => ({ cell: `C${i + 1}`, before: { kind: 'number', value: i }, numberFormat: 'General', wrote: { kind: 'number', value: i + 1 }, wroteNumberFormat: 'General', rule: 'r' })),
  rows: [{ row: 0, label: 'Cộng' }],
});

describe('the journal in the workbook', () => {
  it('keeps the last 20 steps and stays under its size, dropping the oldest audit lines first', async () => {
    const book = new FakeWorkbook();
    const store = new JournalStore(book.office().context.document.settings);
    const journal: Journal = { fixes: Array.from({ length: 30 }, (_, i) => batch(i)), audit: [] };
    await store.write(journal);
    const reopened = new JournalStore(book.office().context.document.settings).read();
    expect(reopened.fixes.map((b) => b.at)).toEqual(journal.fixes.slice(10).map((b) => b.at));

    const audit = Array.from({ length: 20000 }, (_, i) => ({ sheet: 'S', cell: `C${i}`, before: 'x'.repeat(40), after: '1', rule: 'r', at: 't' }));
    await store.write({ fixes: [batch(1)], audit });
    const saved = JSON.stringify(book.savedSettings);
    expect(saved.length).toBeLessThanOrEqual(MAX_JOURNAL_CHARS + 100);
    const kept = new JournalStore(book.office().context.document.settings).read();
    expect(kept.fixes).toHaveLength(1);
    expect(kept.audit[kept.audit.length - 1].cell).toBe('C19999');
    expect(kept.audit.length).toBeLessThan(20000);
  });

  it('refuses a single step too large to keep, and reports a failed save, before anything is written', async () => {
    const book = new FakeWorkbook();
    const store = new JournalStore(book.office().context.document.settings);
    await expect(store.write({ fixes: [batch(1, 8000)], audit: [] })).rejects.toMatchObject({ code: 'journalFailed' });
    book.settingsLimit = 50;
    await expect(store.write({ fixes: [batch(1)], audit: [] })).rejects.toMatchObject({ code: 'journalFailed' });
  });
});
