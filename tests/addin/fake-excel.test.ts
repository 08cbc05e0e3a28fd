/** The fake must be as strict as Excel where data can be lost, or the adapter tests prove nothing. */
import { FakeWorkbook, typedInput } from './fake-excel';

async function write(book: FakeWorkbook, address: string, content: string | number) {
  await book.excel.run(async (context) => {
    (context.workbook.worksheets.getItem('S').getRange(address) as unknown as { formulas: unknown }).formulas = [[content]];
    await context.sync();
  });
}

describe('the fake Excel', () => {
  it('parses written strings as typed input unless quote-prefixed, and reads formulas without the prefix', async () => {
    expect(typedInput('1.234')).toEqual({ value: 1.234 });
    expect(typedInput('1,234')).toEqual({ value: 1234 });
    expect(typedInput('0012')).toEqual({ value: 12 });
    expect(typedInput("'0012")).toEqual({ value: '0012', quotePrefix: true });
    expect(typedInput('50%')).toEqual({ value: 0.5, numberFormat: '0%' });
    expect(typedInput('true')).toEqual({ value: true });
    expect(typedInput('1/2/2024')).toEqual({ value: 45293, numberFormat: 'm/d/yyyy' });
    expect(typedInput('III')).toEqual({ value: 'III' });
    const book = new FakeWorkbook();
    book.addSheet('S');
    await write(book, 'A1', "'0012");
    const read = await book.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1');
      range.load(['formulas', 'values', 'valueTypes']);
      await context.sync();
      return [range.formulas[0][0], range.values[0][0], range.valueTypes[0][0]];
    });
    expect(read).toEqual(['0012', '0012', 'String']);
  });

  it('refuses invalid formulas and text over 32,767 characters, keeping the writes queued before them', async () => {
    const book = new FakeWorkbook();
    book.addSheet('S');
    await expect(write(book, 'A1', '=SUM(A2:A3')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(book, 'A1', 'x'.repeat(32_768))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      book.excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        (sheet.getRange('B1') as unknown as { formulas: unknown }).formulas = [[1]];
        (sheet.getRange('B2') as unknown as { formulas: unknown }).formulas = [['=1+']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(book.sheet('S').cell(0, 1)?.value).toBe(1);
  });

  it('protects locked cells outside allowed ranges, and refuses part of an array', async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('S');
    sheet.isProtected = true;
    sheet.allowEditRanges.push({ top: 0, left: 2, bottom: 9, right: 2 });
    await expect(write(book, 'A1', 1)).rejects.toMatchObject({ code: 'AccessDenied' });
    await write(book, 'C1', 1);
    sheet.isProtected = false;
    sheet.arrays.push({ kind: 'legacy', range: { top: 4, left: 0, bottom: 5, right: 0 } });
    await expect(write(book, 'A6', 1)).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(sheet.cell(0, 2)?.value).toBe(1);
  });

  it('shifts cells, formulas and conditional formats when rows are inserted', () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('S', [[1], [2], ['=A1+A2']]);
    sheet.conditionalFormats.push({ id: 'c', ranges: [{ top: 2, left: 0, bottom: 2, right: 0 }], type: 'Custom', formula: '=TRUE' });
    sheet.insertRows(1, 2);
    expect(sheet.cell(4, 0)).toMatchObject({ formula: '=A1+A4', value: 3 });
    expect(sheet.conditionalFormats[0].ranges).toEqual([{ top: 4, left: 0, bottom: 4, right: 0 }]);
  });

  it('fails a settings save that is too large or that the host refuses', async () => {
    const book = new FakeWorkbook();
    const save = (value: unknown) =>
      new Promise<string>((resolve) => {
        const settings = book.office().context.document.settings;
        settings.set('k', value);
        settings.saveAsync((result) => resolve(String(result.status)));
      });
    book.settingsLimit = 100;
    expect(await save('x'.repeat(200))).toBe('failed');
    expect(await save('small')).toBe('succeeded');
    book.settingsFail = true;
    expect(await save('small')).toBe('failed');
  });
});

describe('what the add-in writes back for a cell’s old content', () => {
  it('quote-prefixes exactly the text Excel would otherwise parse, so text comes back as text', async () => {
    const { asInput } = await import('../../src/addin/fix');
    for (const text of ['1.234', '0012', '1.1', '50%', 'TRUE', '1/2', '10/2023', '-', '=A1', '#REF!', '(1,000)', 'Oct 2023']) {
      const input = asInput({ kind: 'text', text });
      expect([text, input]).toEqual([text, `'${text}`]);
      expect(typedInput(input as string)).toMatchObject({ value: text });
    }
    for (const text of ['Năm 2013', 'III', 'Dự án 1', 'Cộng']) expect(asInput({ kind: 'text', text })).toBe(text);
  });
});
