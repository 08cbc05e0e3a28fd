import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkWorkbook } from '../engine';
import type { CheckOptions, Lang, SheetGrid } from '../engine/types';
import type { CheckedFile } from './checked-file';
import { formatJson } from './format-json';
import { formatTextLines } from './format-text';
import { InputError, loadFile } from './load-file';
import { text } from './messages';
import { parseOptions, UsageError, type CliOptions } from './options';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE_INPUT = 2;
export const EXIT_INTERNAL_ERROR = 3;

/** The sample workbooks shipped with the product: what `npm run check` checks without a file. */
export const SAMPLES_DIR = resolve(__dirname, '../../assets/samples');

const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs `check` with the given arguments and returns the exit code. */
export async function runCheck(argv: string[], output: Output = processOutput): Promise<number> {
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(error.message);
      return EXIT_UNREADABLE_INPUT;
    }
    throw error;
  }
  const { lang } = options;
  if (options.help) {
    output.out(text(lang, 'usage'));
    return EXIT_OK;
  }
  const samples = options.files.length === 0;
  const files = samples ? sampleFiles() : options.files;
  if (samples) (options.format === 'json' ? output.err : output.out)(text(lang, 'samples'));

  const loaded: { file: string; sheets: SheetGrid[] }[] = [];
  for (const file of files) {
    try {
      loaded.push({ file, sheets: selectSheet(await loadFile(file, lang), file, options.sheet, lang) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      output.err(error.message);
      return EXIT_UNREADABLE_INPUT;
    }
  }

  const checkOptions: CheckOptions = options.tolerance === undefined ? {} : { tolerance: options.tolerance };
  const checked: CheckedFile[] = [];
  for (const { file, sheets } of loaded) {
    try {
      checked.push({ file, report: checkWorkbook(sheets, checkOptions) });
    } catch (error) {
      // The engine must not throw on any grid; if it does, say so in one line rather than a stack trace.
      output.err(text(lang, 'internalError', { file, reason: error instanceof Error ? error.message : String(error) }));
      return EXIT_INTERNAL_ERROR;
    }
  }

  if (options.format === 'json') output.out(formatJson(checked, lang));
  else writeText(checked, lang, output);

  // The samples carry deliberate mistakes: finding them is the demonstration working, not a failure.
  if (samples) return EXIT_OK;
  return checked.some(({ report }) => report.summary.errors > 0) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** Lines per write: large reports go out in pieces, never as one string. */
const LINES_PER_WRITE = 2000;

function writeText(checked: CheckedFile[], lang: Lang, output: Output): void {
  let lines: string[] = [];
  checked.forEach((file, i) => {
    if (i > 0) lines.push('');
    for (const line of formatTextLines(file, lang)) {
      lines.push(line);
      if (lines.length >= LINES_PER_WRITE) {
        output.out(lines.join('\n'));
        lines = [];
      }
    }
  });
  if (lines.length > 0) output.out(lines.join('\n'));
}

function sampleFiles(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => /\.(xlsx|csv)$/i.test(name))
    .sort()
    .map((name) => relative(process.cwd(), join(SAMPLES_DIR, name)) || name);
}

function selectSheet(sheets: SheetGrid[], file: string, sheet: string | undefined, lang: Lang): SheetGrid[] {
  if (sheet === undefined) return sheets;
  const selected = sheets.filter((grid) => grid.name === sheet);
  if (selected.length === 0) {
    throw new InputError(text(lang, 'unknownSheet', { sheet, file, sheets: sheets.map((grid) => `“${grid.name}”`).join(', ') }));
  }
  return selected;
}
