/**
 * The input cannot be read as a workbook or a CSV file. Callers show `message` to the officer
 * as it is (the CLI prints it on one line and exits 2), so it must say what is wrong in plain words.
 */
export class UnreadableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableInputError';
  }
}
