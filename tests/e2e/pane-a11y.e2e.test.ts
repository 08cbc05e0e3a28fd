/**
 * The pane for every officer: axe-core finds no violation in Vietnamese or English (with findings,
 * a consequence list and the template form on screen); Office's light and dark themes give Fluent's
 * web light and dark themes; and the main path works from the keyboard alone.
 */
import * as path from 'path';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../src/engine';
import { ROOT } from './harness';
import { QUANG_NINH, SHEET, afterSync, check, findingsFor, idle, keyOf, shot, sim, startPaneSession } from './pane-harness';
import type { Pane, PaneSession } from './pane-harness';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let session: PaneSession;
beforeAll(async () => {
  session = await startPaneSession();
});
afterAll(async () => session?.close());

async function violations(pane: Pane): Promise<string[]> {
  await pane.frame.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const found = (await pane.frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return found.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.each<[Lang]>([['vi'], ['en']])('no axe violation in the pane (%s)', async (lang) => {
  const pane = await session.open({ width: 450, lang });
  await check(pane);
  await pane.pane.getByRole('button', { name: pane.s.template }).click();
  await pane.pane.getByRole('button', { name: pane.s.templateInsert, exact: true }).waitFor();
  expect(await violations(pane)).toEqual([]);
  await shot(pane, `450-axe-${lang}`);
});

const background = (pane: Pane) => pane.frame.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test.each([
  ['light', webLightTheme.colorNeutralBackground1],
  ['dark', webDarkTheme.colorNeutralBackground1],
] as const)('Office’s %s theme gives Fluent’s web theme of the same name', async (theme, expected) => {
  const pane = await session.open({ width: 450, theme });
  await check(pane);
  await expect(background(pane)).resolves.toBe(rgb(expected));
  await expect(pane.frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(rgb(expected));
  expect(await violations(pane)).toEqual([]);
  await shot(pane, `450-theme-${theme}`);
});

/** What the focused element must be: its text, the start of its accessible label, or a switch with this label. */
type Target = { text: string } | { labelStart: string } | { switchLabel: string };

/** Presses Tab (or `key`) until the pane's focused element is `target`; fails after `limit` presses. */
async function tabTo(pane: Pane, target: Target, key = 'Tab', limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const hit = await pane.frame.evaluate((t) => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      if ('text' in t) return element.textContent === t.text;
      if ('labelStart' in t) return (element.getAttribute('aria-label') ?? '').startsWith(t.labelStart);
      return element.getAttribute('role') === 'switch' && (element.closest('.fui-Switch')?.textContent ?? '').includes(t.switchLabel);
    }, target);
    if (hit) return;
    await pane.page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} never reached ${JSON.stringify(target)}`);
}

test('keyboard only: check, go to a finding’s cell, highlight', async () => {
  const pane = await session.open({ width: 320 });
  const findings = await findingsFor(QUANG_NINH);
  const first = findings.find((f) => !f.causeId)!;
  // Office moves focus into the pane when it opens; nothing is clicked after this.
  await pane.page.locator('[data-testid=pane-frame]').focus();
  await tabTo(pane, { text: pane.s.check });
  await afterSync(pane, () => pane.page.keyboard.press('Enter'));
  await pane.pane.getByRole('heading', { name: pane.s.findings }).waitFor();
  await tabTo(pane, { labelStart: `${pane.s.goToCell(first.cell)}:` });
  await afterSync(pane, () => pane.page.keyboard.press('Enter'));
  await expect(sim(pane, (s) => `${s.book.selection.range.top},${s.book.selection.range.left}`)).resolves.toBe(keyOf(first.cell));
  // The switches come before the findings: back up to the highlight switch.
  await tabTo(pane, { switchLabel: pane.s.highlight }, 'Shift+Tab');
  await afterSync(pane, () => pane.page.keyboard.press('Space'));
  await idle(pane);
  const marks = await sim(pane, (s, sheet: string) => s.book.sheet(sheet).conditionalFormats.length, SHEET);
  expect(marks).toBeGreaterThan(0);
  await shot(pane, '320-keyboard');
  expect(session.pageErrors).toEqual([]);
});
