import { UnreadableInputError } from './errors';

/**
 * What the readers accept at most, so that a hostile or broken file is refused within bounded time
 * and memory instead of exhausting either. The README lists them. Each is far above a real plan or
 * budget workbook: the benchmark's 245,606-cell workbook inflates to 9.6 MB.
 */
export interface ReadLimits {
  /** Bytes of the file itself (what is read from disk or the browser). */
  fileBytes: number;
  /** Uncompressed bytes of all parts of an .xlsx together. */
  totalInflatedBytes: number;
  /** Uncompressed bytes of any one part (a sheet's XML, the shared strings). */
  partInflatedBytes: number;
  /** Uncompressed / compressed size of a part larger than `ratioFloorBytes`: zip bombs reach 1,000. */
  ratio: number;
  /** Parts smaller than this are not held to `ratio` (tiny repetitive parts compress very well). */
  ratioFloorBytes: number;
  /** Cells written in the whole workbook (empty formatted cells included: each costs a parse). */
  cells: number;
  /** Rows read per sheet: Excel's own maximum. Rows past it are not read. */
  rows: number;
  /** Columns per sheet: Excel's own maximum (XFD). Cells past it are dropped. */
  columns: number;
  /** Merged areas in the whole workbook. */
  merges: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 100 * 2 ** 20,
  totalInflatedBytes: 512 * 2 ** 20,
  partInflatedBytes: 256 * 2 ** 20,
  ratio: 200,
  ratioFloorBytes: 8 * 2 ** 20,
  cells: 3_000_000,
  rows: 1_048_576,
  columns: 16_384,
  merges: 200_000,
};

/** Which limit a file went past, as `tooLarge` errors name it. */
export type LimitName = keyof ReadLimits;

/** The error for a file past `limit`: `actual` is what the file has (or would have, at least). */
export function overLimit(limit: LimitName, actual: number, limits: ReadLimits = READ_LIMITS): UnreadableInputError {
  return new UnreadableInputError(`The file is past the reader's limit on ${limit} (${actual} > ${limits[limit]}).`, 'tooLarge', {
    limit,
    max: limits[limit],
    actual,
  });
}
