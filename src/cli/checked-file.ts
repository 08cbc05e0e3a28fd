import type { Report } from '../engine/types';

/** One file's report, as both output formats receive it. */
export interface CheckedFile {
  /** The path as the user gave it. */
  file: string;
  report: Report;
}
