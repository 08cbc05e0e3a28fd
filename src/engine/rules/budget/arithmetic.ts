import { formatDecimal } from '../../numbers';
import type { Params } from '../../types';
import type { RuleContext } from '../rule';
import { evaluate, fails, type Identity, type IdentityKind, type IdentityRule, identitiesOf } from './identities';
import { headerTail, readerOf, rowName, sumFormula } from './model';

export const MESSAGE_OF: Record<IdentityKind, string> = {
  sourcePeriod: 'budgetRowTotalSource',
  yearTotal: 'budgetRowTotalYear',
  periodTotal: 'budgetRowTotalPeriod',
  children: 'budgetChildrenSum',
  childrenOfWhich: 'budgetChildrenOfWhichExceed',
  totalRow: 'budgetTotalRow',
  mergedYear: 'budgetTotalRowMergedYear',
  mergedPeriod: 'budgetTotalRowMergedPeriod',
};

/** Reports every identity of this rule that does not hold, with the value and the formula that would. */
export function checkIdentities(context: RuleContext, rule: IdentityRule): void {
  const reader = readerOf(context);
  for (const identity of identitiesOf(reader)) {
    if (identity.rule !== rule) continue;
    const evaluation = evaluate(identity, reader);
    if (!evaluation || !fails(identity, evaluation, context.tolerance)) continue;
    const { expected, actual } = evaluation;
    const formula = sumFormula(identity.terms);
    const ofWhich = identity.kind === 'childrenOfWhich';
    context.report({
      messageId: MESSAGE_OF[identity.kind],
      at: identity.target,
      related: identity.terms,
      severity: ofWhich ? 'warning' : 'error',
      expected: formatDecimal(expected),
      actual: formatDecimal(actual),
      difference: formatDecimal(actual.minus(expected)),
      params: { ...paramsOf(context, identity), formula },
      // `Trong đó` children may be less than their parent: there is no single right value to write.
      fix: ofWhich ? undefined : { value: formatDecimal(expected) },
    });
  }
}

function paramsOf(context: RuleContext, identity: Identity): Params {
  const { table } = context;
  const row = table.rows[identity.rowIndex];
  const params: Params = { rowName: rowName(row), column: identity.column.header, source: headerTail(identity.column) };
  if (identity.column.year !== undefined) params.year = String(identity.column.year);
  if (identity.kind === 'totalRow' || identity.kind === 'mergedYear' || identity.kind === 'mergedPeriod') {
    params.rows = identity.termRows.map((t) => rowName(table.rows[t])).join(', ');
  }
  return params;
}
