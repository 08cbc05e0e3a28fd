import type { Cell, SheetGrid } from '../engine/types';

const DELIMITERS = [',', ';', '\t'] as const;
/** Enough lines to tell the delimiter without reading a large file twice. */
const SAMPLE_LINES = 20;

/**
 * Reads CSV text (RFC 4180 quoting, optional BOM, `,` `;` or tab, whichever the file uses) into one
 * SheetGrid. Every field stays text exactly as written: `1.040` and `16,21` mean different things
 * in different conventions, and the engine decides the convention per table.
 */
export function readCsv(text: string, name: string): SheetGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = parseRecords(body, detectDelimiter(body));
  const cells: (Cell | undefined)[][] = records.map((fields) => {
    const row: (Cell | undefined)[] = [];
    fields.forEach((field, c) => {
      if (field.trim() !== '') row[c] = { value: field };
    });
    return row;
  });
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  return { name, origin: { row: 0, col: 0 }, cells, merges: [], textOnly: true };
}

/**
 * The delimiter that splits the first lines most consistently: the most lines with the same field
 * count above one, then the most fields. Vietnamese files written by Excel use `;` because `,` is
 * their decimal separator, so `,` alone is no evidence.
 */
export function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestScore = [0, 0];
  for (const delimiter of DELIMITERS) {
    const counts = parseRecords(text, delimiter, SAMPLE_LINES)
      .filter((fields) => fields.some((field) => field.trim() !== ''))
      .map((fields) => fields.length);
    const tally = new Map<number, number>();
    for (const count of counts) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1);
    let score = [0, 0];
    for (const [fields, lines] of tally) {
      if (lines > score[0] || (lines === score[0] && fields > score[1])) score = [lines, fields];
    }
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 records: quoted fields may hold the delimiter, line breaks and doubled quotes. */
function parseRecords(text: string, delimiter: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
  };
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
    } else if (ch === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start; elsewhere it is an ordinary character.
      field = '';
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (records.length < maxRecords && (field !== '' || fields.length > 0)) endRecord();
  return records;
}
