import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { UnreadableInputError } from './errors';
import { overLimit, READ_LIMITS, type ReadLimits } from './limits';

/** Compressed bytes handed to the inflater at a time: one push inflates to at most ~1,000× this. */
const CHUNK = 16 * 1024;

/** What the guard learnt about a package while inflating it. */
export interface ZipCensus {
  /** Part names, as the package lists them. */
  parts: string[];
  /** `<c>` elements (cells, stubs included) in every XML part. */
  cells: number;
  /** `<mergeCell>` elements in every XML part. */
  merges: number;
}

/**
 * Checks an .xlsx (zip) package against `limits` before any parser holds it in memory, in two steps:
 * 1. the central directory's declared sizes: each part's and the total uncompressed size, and the
 *    compression ratio of large parts (nothing is inflated yet, so a zip bomb costs nothing);
 * 2. the real sizes, inflating every part in 16 KiB steps and throwing the output away while counting
 *    its bytes, cells and merged areas — a directory can lie about sizes, the inflated stream cannot.
 *    Every part the directory lists must inflate completely to the size it declares.
 * Throws UnreadableInputError: `damaged` for a broken or truncated archive, `tooLarge` past a limit.
 */
export function guardZip(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): ZipCensus {
  const parts = declaredParts(bytes, limits);
  return inflateCounting(bytes, parts, limits);
}

function declaredParts(bytes: Uint8Array, limits: ReadLimits): Map<string, number> {
  const parts = new Map<string, number>();
  let total = 0;
  try {
    // The filter sees each central-directory entry; refusing them all inflates nothing.
    unzipSync(bytes, {
      filter: (file) => {
        parts.set(file.name, file.originalSize);
        total += file.originalSize;
        checkPart(file.originalSize, file.size, limits);
        if (total > limits.totalInflatedBytes) throw overLimit('totalInflatedBytes', total, limits);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    throw damaged(error);
  }
  return parts;
}

function checkPart(inflated: number, compressed: number, limits: ReadLimits): void {
  if (inflated > limits.partInflatedBytes) throw overLimit('partInflatedBytes', inflated, limits);
  if (inflated > limits.ratioFloorBytes && inflated > limits.ratio * Math.max(compressed, 1)) {
    throw overLimit('ratio', Math.round(inflated / Math.max(compressed, 1)), limits);
  }
}

function inflateCounting(bytes: Uint8Array, declared: Map<string, number>, limits: ReadLimits): ZipCensus {
  const census: ZipCensus = { parts: [...declared.keys()], cells: 0, merges: 0 };
  const complete = new Set<string>();
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    const counter = new TagCounter();
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = damaged(error);
        return;
      }
      inflated += chunk.length;
      total += chunk.length;
      if (inflated > limits.partInflatedBytes) failure = overLimit('partInflatedBytes', inflated, limits);
      else if (total > limits.totalInflatedBytes) failure = overLimit('totalInflatedBytes', total, limits);
      else if (file.name.endsWith('.xml')) {
        counter.scan(chunk);
        if (census.cells + counter.cells > limits.cells) failure = overLimit('cells', census.cells + counter.cells, limits);
        else if (census.merges + counter.merges > limits.merges) failure = overLimit('merges', census.merges + counter.merges, limits);
      }
      if (final && !failure) {
        census.cells += counter.cells;
        census.merges += counter.merges;
        // Every part must inflate to exactly what the directory declares: a parser handed a package
        // whose entries disagree may read it differently (SheetJS loops on some).
        if (declared.get(file.name) !== inflated) failure = damaged(new Error(`part ${file.name} does not match the zip directory`));
        complete.add(file.name);
      }
      if (failure) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      unzip.push(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)), at + CHUNK >= bytes.length);
    }
  } catch (error) {
    failure ??= damaged(error);
  }
  if (failure) throw failure;
  if (complete.size !== declared.size) throw damaged(new Error('parts listed in the zip directory are missing'));
  return census;
}

function damaged(error: unknown): UnreadableInputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UnreadableInputError(`The workbook is damaged or incomplete: ${detail}.`, 'damaged');
}

const LT = 0x3c;
/** Longest tag name the counter needs to see: `mergeCell` plus a namespace prefix such as `x:`. */
const NAME_WINDOW = 24;

/**
 * Counts `<c …>` and `<mergeCell …>` start tags, whatever their namespace prefix (`<x:c>` as the
 * Open XML SDK writes), across chunk boundaries. Cheap: it looks only at bytes after a `<`.
 */
class TagCounter {
  cells = 0;
  merges = 0;
  private carry: Uint8Array | undefined;

  scan(chunk: Uint8Array): void {
    let data = chunk;
    if (this.carry) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry);
      data.set(chunk, this.carry.length);
      this.carry = undefined;
    }
    let at = data.indexOf(LT);
    while (at >= 0) {
      if (at + NAME_WINDOW > data.length) {
        this.carry = data.slice(at);
        return;
      }
      this.countTag(data, at + 1);
      at = data.indexOf(LT, at + 1);
    }
  }

  private countTag(data: Uint8Array, start: number): void {
    let nameStart = start;
    let end = start;
    for (; end < start + NAME_WINDOW; end++) {
      const byte = data[end];
      if (byte === 0x3a) nameStart = end + 1; // ':' ends a prefix
      else if (byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d) break;
    }
    const length = end - nameStart;
    if (length === 1 && data[nameStart] === 0x63) this.cells++;
    else if (length === 9 && isMergeCell(data, nameStart)) this.merges++;
  }
}

const MERGE_CELL = Array.from('mergeCell', (ch) => ch.charCodeAt(0));

function isMergeCell(data: Uint8Array, at: number): boolean {
  for (let i = 0; i < MERGE_CELL.length; i++) if (data[at + i] !== MERGE_CELL[i]) return false;
  return true;
}
