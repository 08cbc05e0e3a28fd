import { UnreadableInputError } from './errors';
import { inflateRaw } from './inflate-raw';
import { overLimit, READ_LIMITS, type ReadLimits } from './limits';
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory';

/** What the guard learnt about a package while inflating it, and the parts it inflated. */
export interface ZipCensus {
  /** Every part, inflated, by name, in the order of the zip directory. */
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
 * 2. the real sizes, inflating every part into a buffer of the size its directory entry declares
 *    (already within the limits) and counting its cells and merged areas — a directory can lie, the
 *    inflated stream cannot. A part that inflates past its declared size is counted on, not kept, so
 *    it costs no more memory than an honest one, and is refused at a limit or at its end; every part
 *    must inflate completely to exactly its declared size.
 * The parts come back inflated, so that the parser need not inflate them again (read-workbook.ts).
 * Throws UnreadableInputError: `damaged` for a broken or truncated archive, `tooLarge` past a limit.
 */
export function guardZip(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): ZipCensus {
  const entries = declaredParts(bytes, limits);
  const census: ZipCensus = { parts: new Map(), cells: 0, merges: 0 };
  const inflated = { total: 0 };
  for (const entry of entries) census.parts.set(entry.name, inflatePart(bytes, entry, census, inflated, limits));
  return census;
}

function declaredParts(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    throw damaged(error);
  }
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    checkPart(entry.size, entry.compressedSize, limits);
    total += entry.size;
    if (total > limits.totalInflatedBytes) throw overLimit('totalInflatedBytes', total, limits);
    // Two parts of one name: which one a parser reads is anyone's guess.
    if (names.has(entry.name)) throw damaged(new Error(`part ${entry.name} is listed twice in the zip directory`));
    names.add(entry.name);
    if (entry.flags & 1) throw damaged(new Error(`part ${entry.name} is encrypted`));
    if (entry.method !== 0 && entry.method !== 8) throw damaged(new Error(`part ${entry.name} has unknown compression type ${entry.method}`));
  }
  return entries;
}

function checkPart(inflated: number, compressed: number, limits: ReadLimits): void {
  if (inflated > limits.partInflatedBytes) throw overLimit('partInflatedBytes', inflated, limits);
  if (inflated > limits.ratioFloorBytes && inflated > limits.ratio * Math.max(compressed, 1)) {
    throw overLimit('ratio', Math.round(inflated / Math.max(compressed, 1)), limits);
  }
}

/**
 * Inflates one part (inflate-raw.ts) into a buffer of its declared size, refusing it at a limit if it
 * goes past that size, then counts the cells and merged areas of an XML part.
 */
function inflatePart(bytes: Uint8Array, entry: ZipEntry, census: ZipCensus, inflated: { total: number }, limits: ReadLimits): Uint8Array {
  let part: Uint8Array | undefined;
  try {
    const data = entryData(bytes, entry);
    // Called only for a part that goes past its declared size (a lying directory), with its bytes so far.
    const past = (size: number) => {
      if (size > limits.partInflatedBytes) throw overLimit('partInflatedBytes', size, limits);
      if (inflated.total + size > limits.totalInflatedBytes) throw overLimit('totalInflatedBytes', inflated.total + size, limits);
    };
    part = entry.method === 0 ? data : inflateRaw(data, entry.size, past);
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    throw damaged(new Error(`part ${entry.name}: ${error instanceof Error ? error.message : String(error)}`));
  }
  // Every part must inflate to exactly what the directory declares: a parser handed a package whose
  // entries disagree may read it differently (SheetJS loops on some).
  if (!part || part.length !== entry.size) throw damaged(new Error(`part ${entry.name} does not match the zip directory`));
  inflated.total += part.length;
  if (entry.name.endsWith('.xml')) {
    const counter = new TagCounter();
    counter.scan(part);
    census.cells += counter.cells;
    census.merges += counter.merges;
    if (census.cells > limits.cells) throw overLimit('cells', census.cells, limits);
    if (census.merges > limits.merges) throw overLimit('merges', census.merges, limits);
  }
  return part;
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
    let { inName, nameBytes, local, startsWithC, merge, cells, merges } = this;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (!inName) {
        // Outside a tag name only `<` matters: the next one found natively (memchr), most of the bytes skipped unread.
        const next = chunk.indexOf(LT, i);
        if (next < 0) break;
        i = next;
        inName = true;
        nameBytes = local = 0;
        merge = true;
        i++;
        continue;
      }
      const byte = chunk[i++];
      if (byte === LT) {
        nameBytes = local = 0;
        merge = true;
        continue;
      }
      if (byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d) {
        if (local === 1 && startsWithC) cells++;
        else if (local === 9 && merge) merges++;
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
    Object.assign(this, { inName, nameBytes, local, startsWithC, merge, cells, merges });
  }
}
