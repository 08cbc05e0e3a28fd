import { parseArgs } from 'node:util';
import type { Lang } from '../engine/types';
import { text } from './messages';

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  /** Files to check; empty means the built-in samples. */
  files: string[];
  sheet?: string;
  format: OutputFormat;
  lang: Lang;
  tolerance?: string;
  help: boolean;
}

/** A command line that cannot be obeyed; `message` is the one line shown on stderr. */
export class UsageError extends Error {
  constructor(message: string, readonly lang: Lang) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseOptions(argv: string[]): CliOptions {
  // The language is needed to word an error about the other options, so it is read first.
  const langIndex = argv.indexOf('--lang');
  const requestedLang = argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (langIndex >= 0 ? argv[langIndex + 1] : undefined);
  const lang: Lang = requestedLang === 'en' ? 'en' : 'vi';
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'vi' },
        tolerance: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(text(lang, 'badOption', { reason: describeParseError(error, lang) }), lang);
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'vi' && values.lang !== 'en') throw new UsageError(text(lang, 'badLang', { value: String(values.lang) }), lang);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(text(lang, 'badFormat', { value: String(values.format) }), lang);
  const options: CliOptions = { files: positionals, format: values.format, lang: values.lang, help: values.help === true };
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (values.tolerance !== undefined) {
    // Either convention is accepted: `0,5` is how a Vietnamese officer writes one half.
    const tolerance = values.tolerance.trim().replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(tolerance)) throw new UsageError(text(lang, 'badTolerance', { value: values.tolerance }), lang);
    options.tolerance = tolerance;
  }
  return options;
}

/** node's parseArgs messages are long and English-only; the two common mistakes get a short line. */
function describeParseError(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text(lang, 'unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return text(lang, 'missingValue', { option });
  return message;
}
