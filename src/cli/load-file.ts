import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Lang, SheetGrid } from '../engine/types';
import { readCsv, readWorkbook, looksLikeZip, looksLikeOle2, UnreadableInputError, decodeText, READ_LIMITS } from '../io';
import { text, unreadableText } from './messages';

/** The file cannot be checked; `message` is the one line for stderr (exit code 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/**
 * Reads a file into SheetGrids, deciding its type by content: a zip archive (.xlsx) or an OLE2
 * compound file (.xls) is read as a workbook whatever its name; otherwise a text file named .csv,
 * .tsv or .txt is read as CSV (UTF-8, UTF-16 or Windows-1258; see decodeText).
 * Only regular files are read (a FIFO would block, /dev/zero never ends), and only up to
 * READ_LIMITS.fileBytes. Throws InputError with the line to show for anything unreadable.
 */
export async function loadFile(file: string, lang: Lang): Promise<SheetGrid[]> {
  const bytes = await readRegularFile(file, lang);
  if (looksLikeZip(bytes) || looksLikeOle2(bytes)) {
    try {
      return await readWorkbook(bytes);
    } catch (error) {
      if (error instanceof UnreadableInputError) throw new InputError(unreadableText(lang, error, file));
      throw error;
    }
  }
  const decoded = CSV_EXTENSIONS.has(extname(file).toLowerCase()) ? decodeText(bytes) : undefined;
  if (decoded === undefined) throw new InputError(text(lang, 'notWorkbook', { file }));
  return [readCsv(decoded, basename(file, extname(file)))];
}

async function readRegularFile(file: string, lang: Lang): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as not a regular file.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(text(lang, 'isDirectory', { file }));
    if (!stat.isFile()) throw new InputError(text(lang, 'notRegularFile', { file }));
    if (stat.size > READ_LIMITS.fileBytes) {
      throw new InputError(text(lang, 'fileTooLarge', { file, size: megabytes(stat.size), max: megabytes(READ_LIMITS.fileBytes) }));
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(openFailure(error as NodeJS.ErrnoException, file, lang));
  } finally {
    await handle?.close();
  }
}

function openFailure(error: NodeJS.ErrnoException, file: string, lang: Lang): string {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return text(lang, 'missingFile', { file });
    case 'EISDIR':
      return text(lang, 'isDirectory', { file });
    case 'EACCES':
    case 'EPERM':
      return text(lang, 'permissionDenied', { file });
    case 'ERR_FS_FILE_TOO_LARGE':
      return text(lang, 'fileTooLarge', { file, size: '> 2048', max: megabytes(READ_LIMITS.fileBytes) });
    default:
      return text(lang, 'unreadableFile', { file, reason: error.message ?? String(error) });
  }
}

function megabytes(bytes: number): string {
  return String(Math.ceil(bytes / 2 ** 20));
}
