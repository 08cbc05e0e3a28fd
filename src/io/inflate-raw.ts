import { Inflate } from 'pako';

/** What inflates a part: Node's zlib where there is one (the CLI), else pako (browsers). */
export interface RawInflater {
  /** Inflates `data` to at most `maxOutputLength` bytes; past it, throws an error of code ERR_BUFFER_TOO_LARGE. */
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/**
 * Node's own zlib, native and some five times faster than pako on the benchmark's workbook. Looked up
 * at run time (`process.getBuiltinModule`, Node 20.16+), so that the browser bundle neither holds it
 * nor asks for it.
 */
export const NODE_ZLIB = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as
  | RawInflater
  | undefined;

/** The smallest buffer pako inflates into: a part past its declared size is counted in steps of at least this. */
const MIN_BUFFER = 64 * 1024;

/**
 * Inflates a raw deflate stream (a zip part) that its zip directory says comes to `size` bytes.
 * Returns the bytes when they come to at most `size` (the caller checks they are exactly `size`).
 * A stream that goes past `size` is inflated on, a buffer at a time, keeping nothing: `count` is
 * told the bytes so far after each buffer (it throws to stop at a limit), and the result is
 * undefined. Memory: one buffer of `size` + 1 bytes (64 KiB at least), never more.
 * Throws Error for a broken or truncated stream, and whatever `count` throws.
 */
export function inflateRaw(data: Uint8Array, size: number, count: (bytes: number) => void, native = NODE_ZLIB): Uint8Array | undefined {
  if (native) {
    try {
      const bytes = native.inflateRawSync(data, { maxOutputLength: size + 1 });
      if (bytes.length <= size) return bytes;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
    }
    // Past its declared size: pako counts how far it goes.
  }
  let kept: Uint8Array | undefined;
  let inflated = 0;
  const inflater = new Inflate({ raw: true, chunkSize: Math.max(size + 1, MIN_BUFFER) });
  inflater.onData = (chunk: Uint8Array) => {
    if (inflated === 0 && chunk.length <= size) kept = chunk;
    inflated += chunk.length;
    if (inflated > size) count(inflated);
  };
  inflater.push(data, true);
  if (inflater.err) throw new Error(inflater.msg || 'incomplete deflate stream');
  if (inflated > size) return undefined;
  // zlib hands over no data for an empty stream.
  return kept ?? new Uint8Array(0);
}
