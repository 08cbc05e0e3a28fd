import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Lang, SheetGrid } from '../engine/types';
import { readCsv, readWorkbook, looksLikeZip, UnreadableInputError } from '../io';
import { text } from './messages';

/** The file cannot be checked; `message` is the one line for stderr (exit code 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** The old binary .xls (OLE2 compound file) begins with these bytes. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Text files have no NUL byte in their first few kilobytes; binary files nearly always do. */
const TEXT_PROBE_BYTES = 8192;

/**
 * Reads a file into SheetGrids, deciding its type by content: a zip archive is read as .xlsx whatever
 * its name; otherwise a text file named .csv, .tsv or .txt is read as CSV.
 */
export async function loadFile(file: string, lang: Lang): Promise<SheetGrid[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(text(lang, 'missingFile', { file }));
    throw new InputError(text(lang, 'unreadableFile', { file, reason: code ?? String(error) }));
  }
  if (looksLikeZip(bytes)) {
    try {
      return await readWorkbook(bytes);
    } catch (error) {
      if (error instanceof UnreadableInputError) throw new InputError(text(lang, 'notWorkbook', { file }));
      throw error;
    }
  }
  if (OLE2_MAGIC.every((byte, i) => bytes[i] === byte)) throw new InputError(text(lang, 'oldXls', { file }));
  const extension = extname(file).toLowerCase();
  if (!CSV_EXTENSIONS.has(extension) || bytes.subarray(0, TEXT_PROBE_BYTES).includes(0)) {
    throw new InputError(text(lang, 'notWorkbook', { file }));
  }
  return [readCsv(decode(bytes), basename(file, extname(file)))];
}

/** UTF-8 first; CSV files saved by a Vietnamese-locale Excel may be in Windows-1258 instead. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
