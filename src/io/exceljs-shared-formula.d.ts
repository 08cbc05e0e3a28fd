/** exceljs's own formula mover (MIT), which it uses to expand shared formulas; it ships no types. */
declare module 'exceljs/lib/utils/shared-formula' {
  /** `formula` as written in `fromCell`, moved to `toCell`: relative references shift, `$` ones stay. */
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
