import type { Rule } from '../rule';
import { rule as ambiguousNumber } from './ambiguous-number';
import { rule as mixedConvention } from './mixed-convention';
import { rule as nationalTarget } from './national-target';
import { rule as percentFraction } from './percent-fraction';
import { rule as percentRange } from './percent-range';
import { rule as targetDirection } from './target-direction';
import { rule as targetMet } from './target-met';
import { rule as targetSequence } from './target-sequence';
import { rule as textNumber } from './text-number';
import { rule as unitFit } from './unit-fit';
import { rule as unitLabel } from './unit-label';
import { rule as wordsUnderNumericUnit } from './words-under-numeric-unit';

/** The values rules, in the order they run: how cells are written, then units, then targets. */
export const valuesRules: Rule[] = [
  textNumber,
  mixedConvention,
  ambiguousNumber,
  unitFit,
  unitLabel,
  wordsUnderNumericUnit,
  percentRange,
  percentFraction,
  targetDirection,
  targetSequence,
  nationalTarget,
  targetMet,
];
