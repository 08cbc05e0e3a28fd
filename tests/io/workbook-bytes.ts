import ExcelJS from 'exceljs';

/** Builds a workbook with exceljs and returns its .xlsx bytes, as a file on disk would hold them. */
export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads .xlsx bytes back with exceljs, to look at what a function wrote. */
export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
