import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { UnreadableInputError } from './errors';
import { overLimit, READ_LIMITS, type ReadLimits } from './limits';

/** Compressed bytes handed to the inflater at a time: one push inflates to at most ~1,000× this. */
const CHUNK = 16 * 1024;

/** What the guard learnt about a package while inflating it, and the parts it inflated. */
export interface ZipCensus {
  /** Every part, inflated, by name, in the package's order. */
  parts: Map<string, Uint8Array>;
  /** `<c>` elements (cells, stubs included) in every XML part. */
  cells: number;
  /** `<mergeCell>` elements in every XML part. */
  merges: number;
}

/**
 * Checks an .xlsx (zip) package against `limits` before any parser holds it in memory, in two steps:
 * 1. the central directory's declared sizes: each part's and the total uncompressed size, and the
 *    compression ratio of large parts (nothing is inflated yet, so a zip bomb costs nothing);
 * 2. the real sizes, inflating every part in 16 KiB steps while counting its bytes, cells and merged
 *    areas — a directory can lie about sizes, the inflated stream cannot. Each part is kept in a buffer
 *    of the size its directory entry declares (already within the limits), so a lying part costs no
 *    more memory than an honest one; every part must inflate completely to exactly that size.
 * The parts come back inflated, so that the parser need not inflate them again (read-workbook.ts).
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
  const census: ZipCensus = { parts: new Map(), cells: 0, merges: 0 };
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    const counter = new TagCounter();
    const size = declared.get(file.name);
    // A part the directory does not list is refused below; its bytes are only counted.
    const kept = size === undefined ? undefined : new Uint8Array(size);
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = damaged(error);
        return;
      }
      // Past its declared size the part is refused at its end (or at a limit): the excess is not kept.
      if (kept && inflated + chunk.length <= kept.length) kept.set(chunk, inflated);
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
        if (!kept || size !== inflated) failure = damaged(new Error(`part ${file.name} does not match the zip directory`));
        else census.parts.set(file.name, kept);
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
  if (census.parts.size !== declared.size) throw damaged(new Error('parts listed in the zip directory are missing'));
  return census;
}

function damaged(error: unknown): UnreadableInputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UnreadableInputError(`The workbook is damaged or incomplete: ${detail}.`, 'damaged');
}

const LT = 0x3c;
const COLON = 0x3a;
const C = 0x63;
/** Longest tag name the counter looks at: `mergeCell` plus a namespace prefix such as `x:`. */
const NAME_WINDOW = 24;
const MERGE_CELL = Array.from('mergeCell', (ch) => ch.charCodeAt(0));

/**
 * Counts `<c …>` and `<mergeCell …>` start tags, whatever their namespace prefix (`<x:c>` as the
 * Open XML SDK writes), across chunk boundaries. One pass over the bytes, keeping only the state of
 * the tag name being read, so a chunk is never copied. Exported for its tests.
 */
export class TagCounter {
  cells = 0;
  merges = 0;
  /** Reading a tag name: the bytes since `<` (at most NAME_WINDOW). */
  private inName = false;
  private nameBytes = 0;
  /** Bytes of the local name (after the last `:`), whether it starts with `c`, and whether it is a prefix of `mergeCell`. */
  private local = 0;
  private startsWithC = false;
  private merge = false;

  scan(chunk: Uint8Array): void {
    let { inName, nameBytes, local, startsWithC, merge } = this;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === LT) {
        inName = true;
        nameBytes = local = 0;
        merge = true;
        continue;
      }
      if (!inName) continue;
      if (byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d) {
        if (local === 1 && startsWithC) this.cells++;
        else if (local === 9 && merge) this.merges++;
        inName = false;
        continue;
      }
      if (++nameBytes > NAME_WINDOW) {
        inName = false;
        continue;
      }
      if (byte === COLON) {
        local = 0;
        merge = true;
        continue;
      }
      if (local === 0) startsWithC = byte === C;
      if (local >= MERGE_CELL.length || byte !== MERGE_CELL[local]) merge = false;
      local++;
    }
    Object.assign(this, { inName, nameBytes, local, startsWithC, merge });
  }
}
