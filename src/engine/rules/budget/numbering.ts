/** What follows a row number of the same style: `II` → `III`, `3` → `4`, `1.2` → `1.3`, `b` → `c`, `a)` → `b)`. */
export function nextNumber(number: string): string | undefined {
  const match = /^(.*?)([0-9]+|[IVXLCDM]+|[ivxlcdm]+|[A-Za-z])([.)]?)$/.exec(number.trim());
  if (!match) return undefined;
  const [, prefix, body, suffix] = match;
  if (/^[0-9]+$/.test(body)) return `${prefix}${Number(body) + 1}${suffix}`;
  const roman = romanValue(body.toUpperCase());
  if (roman !== undefined && (body.length > 1 || 'IVX'.includes(body.toUpperCase()))) {
    const next = toRoman(roman + 1);
    return `${prefix}${body === body.toUpperCase() ? next : next.toLowerCase()}${suffix}`;
  }
  if (body.length === 1 && /[A-Ya-y]/.test(body)) return `${prefix}${String.fromCharCode(body.charCodeAt(0) + 1)}${suffix}`;
  return undefined;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

function romanValue(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  let value = 0;
  let rest = text;
  for (const [amount, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      value += amount;
      rest = rest.slice(letters.length);
    }
  }
  return rest === '' && toRoman(value) === text ? value : undefined;
}
