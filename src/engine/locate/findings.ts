import { cellAddress, rangeAddress } from '../address';
import { allowanceOf, decimalsShownAt, lastDigitUnitAt } from '../identities/rounding';
import { formatDecimal } from '../numbers';
import { addresses, type BudgetReader, headerTail, type Pos, rowName } from '../rules/budget/model';
import type { Finding, FindingFix, Params, TableModel } from '../types';
import type { Change, Hypothesis } from './hypotheses';
import type { Location, Violation } from './index';

/** The rule id of a finding that names where a mistake is, when that cell is not itself a broken total. */
export const ROOT_CAUSE_RULE = 'budget/root-cause';

/** What localisation reports, as a rule's meta: its findings come from the locations, not a check of its own. */
export const rootCauseMeta = {
  id: ROOT_CAUSE_RULE,
  severity: 'error' as const,
  messageIds: [
    'budgetRootValue', 'budgetRootSwappedDigits', 'budgetRootOneDigit', 'budgetRootThousandTimes', 'budgetRootThousandth', 'budgetRootPowerOfTen',
    'budgetRootSign', 'budgetRootCopiedValue', 'budgetRootProduct', 'budgetRootCarried', 'budgetRootBlockThousandTimes', 'budgetRootBlockMember', 'budgetRootTextSkipped', 'budgetRootOneOf', 'budgetRootSeveralOf', 'budgetRootUnlocated',
  ],
  explanationIds: [
    'budgetCauseValue', 'budgetCauseSwappedDigits', 'budgetCauseOneDigit', 'budgetCauseThousandTimes', 'budgetCauseThousandth', 'budgetCausePowerOfTen',
    'budgetCauseSign', 'budgetCauseCopiedValue', 'budgetCauseProduct', 'budgetCauseTextSkipped', 'budgetCauseOneOf', 'budgetCauseSeveralOf', 'budgetCauseUnlocated', 'budgetCauseRounding', 'budgetCauseRoundingOrOneOf',
    'budgetCauseBlockThousandTimes', 'budgetCauseRowLeftOut', 'budgetCauseRowCountedTwice', 'budgetCauseParentWithChildren', 'budgetCauseColumnLeftOut', 'budgetCauseColumnCountedTwice',
    'budgetCauseFormulaLeavesOut', 'budgetCauseFormulaCountsTwice', 'budgetCauseFormulaWrongRows', 'budgetCauseSubtotalHidden',
  ],
  description: 'Where a mistake is, found over all of a table’s identities at once; the totals it breaks are its consequences.',
};

/** How many candidate cells a "one of these cells" finding lists. */
const LISTED = 12;

/**
 * Turns the locations into findings: one root finding per located slip, carrying the cause and the
 * fix; every broken identity it explains becomes its consequence (`causeId`) and carries no fix, and
 * so does another check's finding that would fix the root's cell the same way.
 * Where the minimum is not unique the officer is shown the candidates and the value each would
 * need, and no fix. Returns the table's findings in order, roots first within each group.
 */
export function applyLocations(reader: BudgetReader, findings: Finding[], locations: Location[]): Finding[] {
  const { table } = reader;
  const byTarget = new Map<string, Finding>();
  for (const finding of findings) byTarget.set(`${finding.rule}|${finding.cell}`, finding);
  const findingOf = (violation: Violation) => byTarget.get(`${violation.identity.rule}|${address(violation.identity.target)}`);
  const added = new Map<Finding, Finding[]>();
  let count = 0;
  const newId = () => `${table.id}#${++count}`;
  const order = new Map(findings.map((f, i) => [f, i]));
  const addBefore = (first: Finding | undefined, root: Finding, among: Finding[] = []) => {
    // The root is listed before the earliest of its consequences.
    const anchor = [first, ...among].filter((f): f is Finding => !!f).sort((a, b) => order.get(a)! - order.get(b)!)[0];
    if (!anchor) return;
    const list = added.get(anchor) ?? [];
    list.push(root);
    added.set(anchor, list);
  };
  // Roots that follow from others (totals added up from a wrong one) are listed after the latest of them.
  const after = new Map<Finding, Finding[]>();
  const addAfter = (among: Finding[], root: Finding) => {
    const anchor = [...among].sort((a, b) => order.get(b)! - order.get(a)!)[0];
    const list = after.get(anchor) ?? [];
    list.push(root);
    after.set(anchor, list);
  };

  for (const location of locations) {
    const violated = location.violations.map((v) => ({ violation: v, finding: findingOf(v) })).filter((x): x is { violation: Violation; finding: Finding } => !!x.finding);
    if (violated.length === 0) continue;
    if (location.kind === 'rounding') {
      for (const { violation, finding } of violated) {
        finding.severity = 'info';
        finding.messageId = 'budgetRounding';
        const params: Params = { allowance: formatDecimal(allowanceOf(violation.identity, reader)), figures: violation.identity.terms.length + 1 };
        finding.explanation =
          location.hypotheses.length > 0
            ? { messageId: 'budgetCauseRoundingOrOneOf', params: { ...params, count: location.count ?? location.hypotheses.length, candidates: listed(location.hypotheses, location.count) } }
            : { messageId: 'budgetCauseRounding', params };
      }
      continue;
    }
    if (location.kind === 'oneOf' || location.kind === 'unlocated') {
      const candidates = location.kind === 'oneOf' ? location.hypotheses : candidatesOf(reader, location.violations);
      const params: Params = { count: location.count ?? candidates.length, candidates: listed(candidates, location.count) };
      // Several slips at least (`size`): not one of the cells listed, but some of them.
      const several = location.kind === 'oneOf' && (location.size ?? 1) > 1;
      if (several) params.size = location.size!;
      const messageId = location.kind === 'oneOf' ? (several ? 'budgetCauseSeveralOf' : 'budgetCauseOneOf') : 'budgetCauseUnlocated';
      if (violated.length === 1) {
        violated[0].finding.explanation = { messageId, params };
        continue;
      }
      // Anchored at the first total that does not add up, as a single one's explanation is: the cells
      // it lists are candidates, none of them known to be wrong (the first is often right). Where a
      // candidate is itself such a total (a region's subtotal in one column, above its provinces), at
      // it: the first total may be only what that candidate's row total carried (the region's Tổng số).
      const anchor = (location.kind === 'oneOf' ? location.hypotheses.find((h) => violated.some((v) => samePos(v.violation.identity.target, h.at)))?.at : undefined) ?? location.violations[0].identity.target;
      const root = rootFinding(table, anchor, location.kind === 'oneOf' ? (several ? 'budgetRootSeveralOf' : 'budgetRootOneOf') : 'budgetRootUnlocated', {
        ...params,
        totals: totalCells(violated).join(', '),
      });
      root.id = newId();
      root.cells = location.kind === 'oneOf' ? location.hypotheses.map((h) => address(h.at)) : totalCells(violated);
      for (const { finding } of violated) finding.causeId = root.id;
      addBefore(violated[0].finding, root, violated.map((v) => v.finding));
      continue;
    }
    const [hypothesis] = location.hypotheses;
    explainLocated(reader, hypothesis, violated, findings, newId, addBefore, location.standing, addAfter);
  }

  const result: Finding[] = [];
  for (const finding of findings) {
    for (const root of added.get(finding) ?? []) result.push(root);
    result.push(finding);
    for (const root of after.get(finding) ?? []) result.push(root);
  }
  return result;
}

/**
 * The total cells that do not add up, each once: a total column's grand total breaks both its
 * column's sum and its row's (`C7 = SUM(C8:C11)`, `C7 = D7 + E7`), one cell for the officer.
 */
function totalCells(violated: { finding: Finding }[]): string[] {
  return [...new Set(violated.map((v) => v.finding.cell))];
}

function explainLocated(
  reader: BudgetReader,
  hypothesis: Hypothesis,
  violated: { violation: Violation; finding: Finding }[],
  findings: Finding[],
  newId: () => string,
  addBefore: (first: Finding | undefined, root: Finding, among?: Finding[]) => void,
  standing: Set<number> | undefined,
  addAfter: (among: Finding[], root: Finding) => void,
): void {
  const { table } = reader;
  const totals = totalCells(violated);
  const amountOf = (v: Violation) => formatDecimal(v.residual.abs());
  if (hypothesis.kind === 'value' || hypothesis.kind === 'textSkipped') {
    const change = hypothesis.changes.find((c) => samePos(c.pos, hypothesis.at));
    const written = reader.amounts.decimal(hypothesis.at.row, hypothesis.at.col);
    const slip = hypothesis.kind === 'textSkipped' ? 'TextSkipped' : (hypothesis.slip ?? 'Value');
    // Its fields are written out in each message's params, not spread: the spreads took most of this function's time.
    const shown = { at: address(hypothesis.at), written: written ? formatDecimal(written) : '', intended: change ? formatDecimal(change.value) : '' };
    const fix = hypothesis.kind === 'textSkipped' ? textFix(reader, hypothesis) : change && valueFix(change);
    // Another check fixing the same cell the same way (`20.291`, ambiguous, is also the text a SUM
    // skips), or asking the same value of it without a fix (a `Thành tiền` off its row's product),
    // says the same thing: it is listed under the root, and only the root carries the fix.
    // (Not a root itself: roots alone have an id here.)
    const same = fix ? findings.filter((f) => !f.id && !f.causeId && (f.fix ? sameFix(f.fix, fix) : f.cell === fix.cell && fix.value !== undefined && f.expected === fix.value)) : [];
    // The wrong cell is itself a broken total: that finding is the root.
    const itself = violated.find((v) => samePos(v.violation.identity.target, hypothesis.at));
    let root: Finding;
    if (itself && hypothesis.kind === 'value') {
      root = itself.finding;
      root.explanation = { messageId: `budgetCause${slip}`, params: { amount: amountOf(itself.violation), at: shown.at, written: shown.written, intended: shown.intended } };
      // Another slip in the same identity (two on one row): its sum today is not what the cell should
      // hold; the value the fix writes is (`Đúng ra` and `Sửa` then say one figure).
      if (change && written && root.expected !== undefined && root.expected !== shown.intended) {
        root.params = { ...root.params, expected: root.expected };
        root.expected = shown.intended;
        root.difference = formatDecimal(written.minus(change.value));
      }
    } else {
      const cells = hypothesis.kind === 'textSkipped' ? textCellsOf(hypothesis) : shown.at;
      root = rootFinding(table, hypothesis.at, `budgetRoot${slip}`, { at: shown.at, written: shown.written, intended: shown.intended, cells, count: totals.length, totals: totals.join(', ') });
      root.cells = totals;
      addBefore(violated[0].finding, root, [...violated.map((v) => v.finding), ...same]);
    }
    root.id ||= newId();
    if (fix) root.fix = fix;
    for (const finding of same) {
      if (finding === root) continue;
      finding.causeId = root.id;
      delete finding.fix;
      // Said of the root's own cell, it restates the root: a note under it, not a second error.
      if (finding.cell === root.cell && finding.severity !== 'info') finding.severity = 'info';
    }
    // One unit of the last digit shown may still be rounding upstream: a warning, with its fix, not an error.
    const withinRounding = change !== undefined && decimalsShownAt(reader, change.pos.row, change.pos.col) !== undefined && change.delta.abs().lessThanOrEqualTo(lastDigitUnitAt(reader, change.pos.row, change.pos.col));
    // No more certain than what it explains: parts past their whole are a warning, and so is its slip.
    // As certain as the surest: a whole below its `Trong đó` parts (a warning of its own) that the
    // column's and the period's totals (errors) show wrong is an error.
    if (withinRounding || violated.every((v) => v.finding.severity === 'warning')) root.severity = 'warning';
    else if (root.severity === 'warning' && violated.some((v) => v.finding.severity === 'error')) root.severity = 'error';
    for (const { violation, finding } of violated) {
      if (finding === root) continue;
      finding.causeId = root.id;
      finding.explanation = { messageId: `budgetCause${slip}`, params: { amount: amountOf(violation), at: shown.at, written: shown.written, intended: shown.intended, cells: shown.at } };
      if (withinRounding && finding.severity === 'error') finding.severity = 'warning';
      noteIfRight(finding, violation, standing);
    }
    reportCarried(reader, hypothesis, root.cell, violated, newId, addAfter, root.severity);
    return;
  }
  if (hypothesis.kind === 'blockScaled') {
    explainBlock(reader, hypothesis, violated, newId, addBefore, standing);
    return;
  }
  // A row left out of several totals, counted twice, or a formula over the wrong range: each total is wrong and gets its fix.
  let firstRoot: Finding | undefined;
  const followers: { violation: Violation; finding: Finding }[] = [];
  for (const { violation, finding } of violated) {
    const change = hypothesis.changes.find((c) => samePos(c.pos, violation.identity.target));
    if (!change) {
      followers.push({ violation, finding });
      continue;
    }
    finding.fix = change.formula ? { cell: finding.cell, formula: change.formula } : { cell: finding.cell, value: formatDecimal(change.value) };
    finding.explanation = compoundExplanation(reader, hypothesis, violation);
    firstRoot ??= finding;
  }
  reportCarried(reader, hypothesis, firstRoot?.cell ?? violated[0].finding.cell, violated, newId, addAfter);
  // Totals wrong only through a formula the fix corrects (it recomputes): consequences, no fix of their own.
  if (firstRoot && followers.length > 0) {
    firstRoot.id ||= newId();
    for (const { violation, finding } of followers) {
      finding.causeId = firstRoot.id;
      finding.explanation = firstRoot.explanation;
      noteIfRight(finding, violation, standing);
    }
  }
}

/**
 * A parent's items all typed a thousand times too large (blockScaled): each item is wrong and a root
 * with its fix (its thousandth), told as one mistake; the parent's totals that do not add up are
 * the consequences of the first, and right (noteIfRight): the parent agrees with the totals above it.
 */
function explainBlock(
  reader: BudgetReader,
  hypothesis: Hypothesis,
  violated: { violation: Violation; finding: Finding }[],
  newId: () => string,
  addBefore: (first: Finding | undefined, root: Finding, among?: Finding[]) => void,
  standing: Set<number> | undefined,
): void {
  const { table } = reader;
  // In the order the officer reads them: row by row.
  const changes = [...hypothesis.changes].sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col);
  const rows = [...new Set(changes.map((c) => c.pos.row))].map((row) => rowNameAt(table, row)).join(', ');
  const cells = blockAddress(changes.map((c) => c.pos));
  const parent = rowName(table.rows[hypothesis.rowIndex!]);
  const totals = totalCells(violated).join(', ');
  const among = violated.map((v) => v.finding);
  let first: Finding | undefined;
  for (const change of changes) {
    const written = reader.amounts.decimal(change.pos.row, change.pos.col);
    const shown = { written: written ? formatDecimal(written) : '', intended: formatDecimal(change.value) };
    // The whole story once, on the first cell; each other cell says it is of the same block.
    const root = first
      ? rootFinding(table, change.pos, 'budgetRootBlockMember', { ...shown, first: first.cell, cells })
      : rootFinding(table, change.pos, 'budgetRootBlockThousandTimes', { ...shown, rows, parent, totals });
    root.id = newId();
    root.cells = violated.map((v) => v.finding.cell);
    root.fix = valueFix(change);
    first ??= root;
    addBefore(violated[0].finding, root, among);
  }
  for (const { violation, finding } of violated) {
    finding.causeId = first!.id;
    finding.explanation = { messageId: 'budgetCauseBlockThousandTimes', params: { amount: formatDecimal(violation.residual.abs()), rows, cells, parent } };
    noteIfRight(finding, violation, standing);
  }
}

/** The cells of a block as one range where they fill it (`C10:E13`), else one by one. */
function blockAddress(cells: Pos[]): string {
  const range = { top: Math.min(...cells.map((c) => c.row)), bottom: Math.max(...cells.map((c) => c.row)), left: Math.min(...cells.map((c) => c.col)), right: Math.max(...cells.map((c) => c.col)) };
  const filled = (range.bottom - range.top + 1) * (range.right - range.left + 1) === cells.length;
  return filled ? rangeAddress(range) : addresses(cells);
}

/**
 * Typed totals added up from a wrong figure (Hypothesis.carried): each wrong by as much, each a root
 * with its fix, told where it came from: the slip's own cell or total in the same column, else `from`;
 * as severe as that slip's own finding (`severity`).
 */
function reportCarried(
  reader: BudgetReader,
  hypothesis: Hypothesis,
  from: string,
  violated: { violation: Violation; finding: Finding }[],
  newId: () => string,
  addAfter: (among: Finding[], root: Finding) => void,
  severity: Finding['severity'] = 'error',
): void {
  const carried = new Set(hypothesis.carried);
  for (const change of hypothesis.carried ?? []) {
    const source = hypothesis.changes.find((c) => !carried.has(c) && c.pos.col === change.pos.col);
    const cell = source ? address(source.pos) : from;
    const written = reader.amounts.decimal(change.pos.row, change.pos.col);
    const root = rootFinding(reader.table, change.pos, 'budgetRootCarried', { written: written ? formatDecimal(written) : '', intended: formatDecimal(change.value), from: cell });
    root.id = newId();
    root.cells = [cell];
    root.fix = valueFix(change);
    // No more certain than the slip it was added up from (a part past its whole is a warning).
    root.severity = severity;
    addAfter(violated.map((v) => v.finding), root);
  }
}

/**
 * A consequence whose total stays as it is once the root is corrected (Location.standing) is right:
 * it disagrees with its parts only because one of them is wrong. It is a note under the root: the
 * error is the root's, and a correct total is never marked wrong.
 */
function noteIfRight(finding: Finding, violation: Violation, standing: Set<number> | undefined): void {
  if (!standing?.has(violation.identity.id)) return;
  finding.severity = 'info';
  finding.rightCell = true;
}

function compoundExplanation(reader: BudgetReader, hypothesis: Hypothesis, violation: Violation): Finding['explanation'] {
  const { table } = reader;
  const amount = formatDecimal(violation.residual.abs());
  const identity = violation.identity;
  if (hypothesis.kind === 'formula') {
    const written = reader.cell(identity.target.row, identity.target.col)?.formula ?? '';
    const names = (rows: number[]) => rows.map((row) => rowNameAt(table, row)).join(', ');
    if (hypothesis.skipsHidden && (hypothesis.missing ?? []).some((row) => reader.hiddenRows.has(row))) {
      return { messageId: 'budgetCauseSubtotalHidden', params: { amount, written, rows: names((hypothesis.missing ?? []).filter((row) => reader.hiddenRows.has(row))) } };
    }
    const extra = hypothesis.extra ?? [];
    const missing = hypothesis.missing ?? [];
    // `=C7+C11+C14` where III is row 15, `SUM(C5:C7)` over I's children and not II: both of its slips told.
    if (extra.length > 0 && missing.length > 0) return { messageId: 'budgetCauseFormulaWrongRows', params: { amount, written, rows: names(extra), instead: names(missing) } };
    if (extra.length > 0) return { messageId: 'budgetCauseFormulaCountsTwice', params: { amount, written, rows: names(extra) } };
    return { messageId: 'budgetCauseFormulaLeavesOut', params: { amount, written, rows: names(hypothesis.missing ?? []) } };
  }
  // A row added again under the parent that holds it is no term of the total: its cell in the total's column.
  const rowCells = (row: number) => {
    const terms = identity.terms.filter((t) => t.row === row);
    return terms.length > 0 ? addresses(terms) : address({ row, col: identity.target.col });
  };
  switch (hypothesis.kind) {
    case 'rowLeftOut':
      return { messageId: 'budgetCauseRowLeftOut', params: { amount, rowName: rowNameAt(table, hypothesis.at.row), cells: rowCells(hypothesis.at.row) } };
    case 'rowTwice':
      return { messageId: 'budgetCauseRowCountedTwice', params: { amount, rowName: rowNameAt(table, hypothesis.at.row), cells: rowCells(hypothesis.at.row) } };
    case 'parentWithChildren':
      if (hypothesis.extra) return { messageId: 'budgetCauseSubtotalsWithRows', params: { amount, rows: hypothesis.extra.map((row) => rowNameAt(table, row)).join(', '), cells: addresses(hypothesis.extra.map((row) => ({ row, col: identity.target.col }))) } };
      return { messageId: 'budgetCauseParentWithChildren', params: { amount, rowName: rowNameAt(table, hypothesis.at.row), cells: address(hypothesis.at) } };
    default: {
      const column = table.columns.find((c) => c.col === hypothesis.at.col);
      const messageId = hypothesis.kind === 'columnLeftOut' ? 'budgetCauseColumnLeftOut' : 'budgetCauseColumnCountedTwice';
      return { messageId, params: { amount, cells: address({ row: identity.target.row, col: hypothesis.at.col }), column: column ? headerTail(column) : '' } };
    }
  }
}

function rootFinding(table: TableModel, at: Pos, messageId: string, params: Params): Finding {
  return { id: '', rule: ROOT_CAUSE_RULE, severity: 'error', messageId, sheet: table.sheet, tableId: table.id, cell: address(at), cells: [], params };
}

function sameFix(a: FindingFix, b: FindingFix): boolean {
  return a.cell === b.cell && a.value === b.value && a.formula === b.formula;
}

/** A value fix keeps formulas alone: the located cell is always a typed one. */
function valueFix(change: Change): FindingFix {
  // A total typed over its formula gets the formula back (hypotheses.ts resolveMembers).
  if (change.formula) return { cell: address(change.pos), formula: change.formula };
  return { cell: address(change.pos), value: formatDecimal(change.value) };
}

function textFix(reader: BudgetReader, hypothesis: Hypothesis): FindingFix | undefined {
  const cells = textCellsOf(hypothesis).split(',');
  if (cells.length !== 1) return undefined;
  const value = reader.amounts.decimal(hypothesis.at.row, hypothesis.at.col);
  return value ? { cell: address(hypothesis.at), value: formatDecimal(value) } : undefined;
}

function textCellsOf(hypothesis: Hypothesis): string {
  return hypothesis.key.replace(/^text:/, '');
}

/** The first candidates, `…` when there are more. */
const listed = (candidates: (string | Hypothesis)[], count = candidates.length) =>
  candidates
    .slice(0, LISTED)
    .map((c) => (typeof c === 'string' ? c : describeCandidate(c)))
    .join('; ') + (count > LISTED ? ' …' : '');

/**
 * `K15 → 1269877`: a candidate cell and the value it would need; with the typed totals added up
 * from it (Hypothesis.carried), each with its own (`D13 → 5980, E13 → 580`): one mistake, but
 * every one of those cells needs its value.
 */
function describeCandidate(hypothesis: Hypothesis): string {
  const change = hypothesis.changes.find((c) => samePos(c.pos, hypothesis.at)) ?? hypothesis.changes[0];
  if (hypothesis.kind !== 'value' || !change) return address(hypothesis.at);
  const carried = (hypothesis.carried ?? []).map((c) => `, ${address(c.pos)} → ${formatDecimal(c.value)}`).join('');
  return `${address(change.pos)} → ${formatDecimal(change.value)}${carried}`;
}

/** Every typed cell of the broken identities, for an officer to look at when nothing could be located. */
function candidatesOf(reader: BudgetReader, violations: Violation[]): string[] {
  const seen = new Set<string>();
  for (const { identity } of violations) {
    for (const pos of [identity.target, ...identity.terms]) {
      if (reader.cell(pos.row, pos.col)?.formula) continue;
      seen.add(address(pos));
    }
  }
  return [...seen];
}

function rowNameAt(table: TableModel, row: number): string {
  const info = table.rows.find((r) => r.row === row);
  return info ? rowName(info) : String(row + 1);
}

const address = (pos: Pos) => cellAddress(pos.row, pos.col);
const samePos = (a: Pos, b: Pos) => a.row === b.row && a.col === b.col;
