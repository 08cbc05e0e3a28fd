/** The parts of fast-formula-parser (MIT, no typings of its own) that compute-formulas.ts uses. */
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface Param {
    value: unknown;
    isArray: boolean;
    isRangeRef: boolean;
    isCellRef: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string);
    readonly name: string;
  }
  export interface ParserOptions {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    functions?: Record<string, (...params: Param[]) => unknown>;
  }
  export default class FormulaParser {
    constructor(options: ParserOptions);
    parse(formula: string, position: CellRef & { sheet: string }, allowReturnArray?: boolean): unknown;
    static readonly FormulaError: typeof FormulaError;
  }
}
