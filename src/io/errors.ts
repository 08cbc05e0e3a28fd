/**
 * Why a file cannot be read. Front ends word each reason in the officer's language; `params`
 * carries the numbers the wording needs (a limit and what the file has).
 * - `notWorkbook`: neither a workbook nor a text table.
 * - `damaged`: it is a workbook (zip or Excel 97–2003 container) but broken or truncated.
 * - `encrypted`: protected by a password to open.
 * - `tooLarge`: past one of READ_LIMITS (`params.limit` names which; see limits.ts).
 */
export type UnreadableReason = 'notWorkbook' | 'damaged' | 'encrypted' | 'tooLarge';

/**
 * The input cannot be read as a workbook or a CSV file. `message` says what is wrong in plain
 * English words (for logs and callers without a catalogue); `reason` and `params` are what the CLI
 * and the page turn into the officer's language.
 */
export class UnreadableInputError extends Error {
  constructor(
    message: string,
    readonly reason: UnreadableReason = 'notWorkbook',
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'UnreadableInputError';
  }
}
