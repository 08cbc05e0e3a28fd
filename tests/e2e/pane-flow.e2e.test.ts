/**
 * The pane as an officer meets it, at the two task-pane widths: open the Quảng Ninh sample, type
 * one amount with two digits swapped, check, read the findings grouped by cause, click one (the cell and its related cells get selected in the
 * sheet), highlight on and off, fix one, fix all (root fixes only), undo — each step compared cell
 * for cell with the workbook before it. Screenshots of each state go to test-output/screenshots/.
 */
import * as path from 'path';
import type { Finding } from '../../src/engine';
import { FILL, markerFormula } from '../../src/addin/highlight';
import { FIXTURES, expectedFindings, readGrids } from './harness';
import { QUANG_NINH, SHEET, afterSync, changedCells, check, findingItem, keyOf, recordFigures, shot, sim, snapshotOf, startPaneSession } from './pane-harness';
import type { PaneSession } from './pane-harness';

/**
 * The sample's wrong totals are each their own root; a slip in a detail cell is what has
 * consequences: Tiểu dự án 1's 2013 local amount (G9, 250) typed as 520 breaks its project's
 * total (G8) and its row's period total (P9).
 */
const SLIP = { cell: 'G9', value: 520 };

let session: PaneSession;
let findings: Finding[];
beforeAll(async () => {
  session = await startPaneSession();
  const [grid] = await readGrids(path.join(FIXTURES, QUANG_NINH));
  const [row, col] = keyOf(SLIP.cell).split(',').map(Number);
  const cells = grid.cells.map((cellsOfRow, r) => (r === row ? cellsOfRow.map((cell, c) => (c === col ? { ...cell, value: SLIP.value } : cell)) : cellsOfRow));
  findings = expectedFindings({ ...grid, cells });
});
afterAll(async () => session?.close());

const marks = (pane: Parameters<typeof sim>[0]) =>
  sim(
    pane,
    (s, [sheet, ...markers]: string[]) =>
      s.book
        .sheet(sheet)
        .conditionalFormats.filter((f) => markers.includes(f.formula))
        .flatMap((f) => f.ranges.flatMap((r) => Array.from({ length: (r.bottom - r.top + 1) * (r.right - r.left + 1) }, (_, i) => `${r.top + Math.floor(i / (r.right - r.left + 1))},${r.left + (i % (r.right - r.left + 1))} ${f.fill}`)))
        .sort(),
    [SHEET, markerFormula('error'), markerFormula('warning'), markerFormula('info')],
  );

test.each([320, 450])('check, select, highlight, fix one, fix all (root fixes only) and undo at %i px', async (width) => {
  const started = Date.now();
  const pane = await session.open({ width });
  await sim(pane, (s, [sheet, cell, value]) => s.edit(sheet, cell, value), [SHEET, SLIP.cell, SLIP.value] as [string, string, number]);
  const clicked = Date.now();
  await check(pane);
  await pane.pane.getByRole('heading', { name: pane.s.findings }).waitFor();
  const findingsOnScreenMs = Date.now() - started;
  const checkToFindingsMs = Date.now() - clicked;
  const original = await snapshotOf(pane);
  await shot(pane, `${width}-checked`, pane.pane.getByRole('heading', { name: pane.s.findings }));

  // Grouped by cause: the totals the slip breaks sit under it, not on their own.
  const cause = findings.find((f) => findings.some((g) => g.causeId === f.id))!;
  expect(cause).toMatchObject({ cell: SLIP.cell, fix: { cell: SLIP.cell, value: '250' } });
  const consequences = findings.filter((f) => f.causeId === cause.id);
  expect(consequences.length).toBeGreaterThan(1);
  const causeItem = findingItem(pane, cause);
  await expect(causeItem.count()).resolves.toBe(1);
  const nested = causeItem.getByRole('list', { name: pane.s.consequences(consequences.length) });
  await expect(nested.locator(':scope > li').count()).resolves.toBe(consequences.length);
  for (const consequence of consequences) await expect(nested.locator(`li[aria-label^="${pane.s.severity[consequence.severity]} ${consequence.cell}:"]`).count()).resolves.toBe(1);
  const roots = findings.filter((f) => !f.causeId);
  await expect(pane.pane.locator('[aria-labelledby=findings-heading] li[aria-label]:not(li li)').count()).resolves.toBe(roots.length);

  // Click a consequence: its cell and the cells it sums are selected in the sheet.
  const picked = consequences[0];
  await afterSync(pane, () => findingItem(pane, picked).getByRole('button', { name: new RegExp(`^${pane.s.goToCell(picked.cell)}`) }).click());
  const selection = await sim(pane, (s) => ({ sheet: s.book.selection.sheet, areas: s.book.selectedAreas }));
  expect(selection).toEqual({ sheet: SHEET, areas: [picked.cell, ...picked.cells] });
  await expect(pane.page.locator(`[data-testid=sheet-preview] [data-cell="${picked.cell}"]`).getAttribute('aria-selected')).resolves.toBe('true');
  await expect(pane.page.getByTestId('sim-selection').textContent()).resolves.toContain([picked.cell, ...picked.cells].join(', '));
  await shot(pane, `${width}-selected`, findingItem(pane, picked));

  // Highlight on: one mark per flagged cell, at its gravest severity; the officer's cells untouched.
  const highlight = pane.pane.getByRole('switch', { name: pane.s.highlight });
  await afterSync(pane, () => highlight.click());
  const flagged = new Set(findings.map((f) => f.cell));
  await expect(marks(pane)).resolves.toHaveLength(flagged.size);
  await expect(marks(pane)).resolves.toContain(`${keyOf(cause.cell)} ${FILL[cause.severity]}`);
  await expect(pane.page.locator(`[data-testid=sheet-preview] [data-cell="${cause.cell}"]`).getAttribute('data-severity')).resolves.toBe(cause.severity);
  expect(changedCells(original, await snapshotOf(pane))).toEqual([]);
  await shot(pane, `${width}-highlighted`);
  await afterSync(pane, () => highlight.click());
  expect(await snapshotOf(pane)).toBe(original);

  // Fix one: only its cell changes; a consequence offers no fix of its own.
  const rootFixes = roots.filter((f) => f.fix);
  expect(rootFixes.length).toBeGreaterThan(0);
  for (const consequence of consequences) await expect(pane.pane.getByRole('button', { name: pane.s.fixLabel(consequence.cell) }).count()).resolves.toBe(0);
  const one = rootFixes[0];
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.fixLabel(one.fix!.cell) }).click());
  await pane.pane.getByText(pane.s.fixed(1)).waitFor();
  expect(changedCells(original, await snapshotOf(pane))).toEqual([keyOf(one.fix!.cell)]);
  await expect(sim(pane, (s, [sheet, cell]) => String(s.book.sheet(sheet).cells.get(cell)?.value), [SHEET, keyOf(one.fix!.cell)])).resolves.toBe(one.fix!.value);
  await shot(pane, `${width}-fixed-one`);
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.undo }).click());
  expect(await snapshotOf(pane)).toBe(original);

  // Fix all writes the root fixes and nothing else: the consequences' totals are left alone.
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.fixAll(rootFixes.length) }).click());
  const written = changedCells(original, await snapshotOf(pane));
  expect(written).toEqual([...new Set(rootFixes.map((f) => keyOf(f.fix!.cell)))].sort());
  for (const consequence of consequences) expect(written).not.toContain(keyOf(consequence.fix?.cell ?? consequence.cell));
  await shot(pane, `${width}-fixed-all`, pane.pane.locator('[role=status]'));
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.undo }).click());
  expect(await snapshotOf(pane)).toBe(original);
  await shot(pane, `${width}-undone`);

  recordFigures('pane-report.json', {
    [`${width}px`]: { openSampleToFindingsOnScreenMs: findingsOnScreenMs, openSampleToPaneReadyMs: pane.openedMs, checkClickToFindingsOnScreenMs: checkToFindingsMs },
  });
  expect(session.pageErrors).toEqual([]);
});
