/**
 * The parts of an .xlsx package (Office Open XML, ECMA-376 Part 2: a zip of XML parts tied together
 * by relationship parts) that the corrected copy reads or touches. Parts are kept as the bytes the
 * file holds; only the parts that are changed are decoded, edited as text and encoded again, so
 * every other part leaves the package byte for byte as it came in.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { UnreadableInputError } from './errors';
import { looksLikeZip } from './zip';
import { guardZip } from './zip-guard';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a path inside the package, without a leading `/`. */
  target: string;
}

export class XlsxPackage {
  private constructor(readonly parts: Record<string, Uint8Array>) {}

  /** @throws UnreadableInputError when the bytes are not a zip archive holding a workbook, are damaged, or are past the read limits (zip-guard.ts). */
  static open(data: ArrayBuffer | Uint8Array): XlsxPackage {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (!looksLikeZip(bytes)) throw new UnreadableInputError('This file is not an Excel workbook (.xlsx).');
    // Inflated as the reader inflates it: within the read limits, each part to exactly its declared size.
    const found = new XlsxPackage(Object.fromEntries(guardZip(bytes).parts));
    if (!found.has(found.workbookPath())) throw new UnreadableInputError('This file is a zip archive but holds no Excel workbook.');
    return found;
  }

  has(path: string): boolean {
    return path in this.parts;
  }

  text(path: string): string {
    const part = this.parts[path];
    if (!part) throw new UnreadableInputError(`The workbook has no part ${path}.`);
    return strFromU8(part);
  }

  setText(path: string, text: string): void {
    this.parts[path] = strToU8(text);
  }

  remove(path: string): void {
    delete this.parts[path];
  }

  /**
   * The package again, parts in their original order. fflate's synchronous zipSync (its streaming
   * ZipDeflate has an open corruption bug, fflate#282); the result is inflated once more, as the
   * reader would, and compared part by part before anyone downloads it.
   * @throws Error when the archive does not read back as written.
   */
  bytes(): Uint8Array {
    const zipped = zipSync(this.parts);
    const back = guardZip(zipped).parts;
    const same = (a: Uint8Array, b: Uint8Array | undefined) => b !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
    if (Object.entries(this.parts).some(([path, part]) => !same(part, back.get(path)))) throw new Error('The corrected copy did not read back as written.');
    return zipped;
  }

  /** `xl/workbook.xml` in files Excel writes; the package's root relationship says where. */
  workbookPath(): string {
    const rels = this.has('_rels/.rels') ? relationships(this.text('_rels/.rels'), '') : [];
    return rels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  }

  /** The relationships of a part, from its `_rels/<name>.rels` beside it. */
  relationshipsOf(path: string): Relationship[] {
    const relsPath = relsPathOf(path);
    return this.has(relsPath) ? relationships(this.text(relsPath), dirOf(path)) : [];
  }
}

export function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function relationships(xml: string, base: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const attrs = attributes(m[1]);
    return { id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolve(base, decodeXml(attrs.Target ?? '')) };
  });
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = (base + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.') out.push(segment);
  }
  return out.join('/');
}

/** The attributes of one start tag's text, by their qualified names (`r:id`), values XML-decoded. */
export function attributes(tagText: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tagText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[m[1]] = decodeXml(m[2] ?? m[3]);
  return found;
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity.toLowerCase()];
  });
}

export function encodeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);
}
