/** Every text the pane shows, in Vietnamese (the default) and English. */
import type { ColumnRole, FundingSource, Lang, Severity, TableKind } from '../engine';
import type { HostErrorCode } from './host';

export interface Strings {
  appTitle: string;
  check: string;
  checking: string;
  checkedIn: (seconds: string) => string;
  scopeSheet: (sheet: string, address: string) => string;
  scopeSelection: (sheet: string, address: string) => string;
  summary: (errors: number, warnings: number, info: number) => string;
  noFindings: string;
  tables: string;
  tableKind: Record<TableKind, string>;
  range: string;
  unit: string;
  columns: string;
  columnRole: (column: string, header: string) => string;
  role: Record<ColumnRole, string>;
  source: Record<FundingSource, string>;
  applyRange: string;
  tableRangeLabel: (table: string) => string;
  findings: string;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  filter: string;
  cells: string;
  expected: string;
  actual: string;
  /** For a figure set against a plan or a baseline (comparesToReference). */
  reference: string;
  figure: string;
  difference: string;
  consequences: (count: number) => string;
  goToCell: (cell: string) => string;
  fix: string;
  fixLabel: (cell: string) => string;
  fixAll: (count: number) => string;
  fixMode: string;
  fixModeValue: string;
  fixModeFormula: string;
  fixed: (count: number) => string;
  undo: string;
  undone: (count: number) => string;
  highlight: string;
  live: string;
  report: string;
  reportWritten: (sheet: string) => string;
  template: string;
  templateKind: string;
  templateIndicator: string;
  templateBudget: string;
  templateFromYear: string;
  templateToYear: string;
  templateSources: string;
  templateRows: string;
  templateAtSelection: string;
  templateNewSheet: string;
  templatePlacement: string;
  templateInsert: string;
  templateInserted: (range: string) => string;
  language: string;
  outsideExcel: string;
  errors: Record<HostErrorCode, string>;
  reportSheet: {
    title: string;
    checkedAt: string;
    workbook: string;
    sheet: string;
    headers: [string, string, string, string, string, string, string, string];
    none: string;
  };
}

const vi: Strings = {
  appTitle: 'Soát biểu',
  check: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  checkedIn: (s) => `Xong trong ${s} giây`,
  scopeSheet: (sheet, address) => `Trang tính “${sheet}”, vùng ${address}`,
  scopeSelection: (sheet, address) => `Vùng chọn ${address} của “${sheet}”`,
  summary: (e, w, i) => `${e} lỗi, ${w} cảnh báo, ${i} lưu ý`,
  noFindings: 'Không có phát hiện nào.',
  tables: 'Bảng tìm thấy',
  tableKind: { indicator: 'Biểu chỉ tiêu', budget: 'Bảng kinh phí', other: 'Bảng khác' },
  range: 'Vùng',
  unit: 'Đơn vị',
  columns: 'Vai trò các cột',
  columnRole: (column, header) => `Vai trò cột ${column} (${header})`,
  role: {
    number: 'Số thứ tự',
    name: 'Tên, nội dung',
    unit: 'Đơn vị tính',
    baseline: 'Kết quả năm trước',
    target: 'Kế hoạch, chỉ tiêu',
    result: 'Kết quả thực hiện',
    agency: 'Đơn vị chủ trì',
    amount: 'Số tiền',
    note: 'Ghi chú',
    ratio: 'Tỷ lệ, so sánh (không cộng)',
    evaluation: 'Đánh giá (Đạt / Không đạt)',
    other: 'Khác',
  },
  source: { central: 'Trung ương', local: 'Địa phương', other: 'Nguồn khác', total: 'Tổng' },
  applyRange: 'Áp dụng vùng',
  tableRangeLabel: (table) => `Vùng của bảng ${table}`,
  findings: 'Phát hiện',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  severityPlural: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  filter: 'Lọc theo mức độ',
  cells: 'Ô',
  expected: 'Đúng ra',
  actual: 'Đang ghi',
  reference: 'Mốc so sánh',
  figure: 'Số liệu',
  difference: 'Chênh lệch',
  consequences: (n) => `${n} hệ quả`,
  goToCell: (cell) => `Chọn ô ${cell}`,
  fix: 'Sửa',
  fixLabel: (cell) => `Sửa ô ${cell}`,
  fixAll: (n) => `Sửa tất cả (${n})`,
  fixMode: 'Cách sửa',
  fixModeValue: 'Giữ dạng ô (ô công thức sửa bằng công thức)',
  fixModeFormula: 'Ghi công thức SUM cả vào ô gõ số',
  fixed: (n) => `Đã sửa ${n} ô.`,
  undo: 'Hoàn tác',
  undone: (n) => `Đã khôi phục ${n} ô.`,
  highlight: 'Tô màu các ô có phát hiện',
  live: 'Tự kiểm tra lại khi trang tính thay đổi',
  report: 'Tạo trang báo cáo',
  reportWritten: (sheet) => `Đã tạo trang “${sheet}”.`,
  template: 'Chèn biểu mẫu',
  templateKind: 'Loại biểu',
  templateIndicator: 'Biểu chỉ tiêu',
  templateBudget: 'Bảng kinh phí',
  templateFromYear: 'Từ năm',
  templateToYear: 'Đến năm',
  templateSources: 'Nguồn kinh phí',
  templateRows: 'Số dòng',
  templateAtSelection: 'Tại ô đang chọn',
  templateNewSheet: 'Trên trang tính mới',
  templatePlacement: 'Vị trí',
  templateInsert: 'Chèn',
  templateInserted: (range) => `Đã chèn biểu mẫu vào ${range}.`,
  language: 'Ngôn ngữ',
  outsideExcel: 'Soát biểu chạy trong Excel: hãy mở sổ tính rồi bấm Soát biểu trên thẻ Trang đầu.',
  errors: {
    protected: 'Trang tính “{sheet}” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    cellEditMode: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại.',
    tooLarge: 'Vùng dữ liệu quá lớn để Excel gửi trong một lần. Hãy chọn một vùng nhỏ hơn rồi kiểm tra lại.',
    changedSinceCheck: 'Trang tính đã thay đổi sau lần kiểm tra (ô {cell}). Hãy kiểm tra lại trước khi sửa.',
    timeout: 'Excel không trả lời sau {seconds} giây. Hãy thử lại, hoặc chọn một vùng nhỏ hơn.',
    nothingToUndo: 'Không có gì để hoàn tác.',
    noWorkbook: 'Chưa có sổ tính nào được mở.',
    unexpected: 'Có lỗi không mong muốn: {detail}',
    refused: 'Không sửa ô nào: Excel không cho ghi vào ô {cells} (thuộc công thức mảng, tiêu đề bảng, hoặc bị khoá trên trang được bảo vệ). Hãy sửa các ô khác từng ô một.',
    rowsMoved: 'Không hoàn tác bước này: hàng của ô {cell} đã bị chèn, xoá, di chuyển hoặc đổi tên sau khi sửa (hàng đó giờ ghi “{now}”, lúc sửa ghi “{was}”). Không ghi gì; bước này đã được bỏ khỏi danh sách hoàn tác.',
    sheetGone: 'Không hoàn tác bước này: trang tính đã sửa không còn trong sổ tính. Bước này đã được bỏ khỏi danh sách hoàn tác.',
    partialWrite: 'Excel từ chối ghi ô {cell}. Các ô đã ghi trước đó đã được trả lại như cũ: không ô nào thay đổi.',
    partialWriteLeft: 'Excel từ chối ghi ô {cell} và không trả lại được các ô đã ghi. Hãy xem lại các ô {cells}.',
    journalFailed: 'Không lưu được nhật ký hoàn tác vào sổ tính ({detail}). Chưa ghi ô nào.',
    undoNotSupported: 'Excel không cho đưa thao tác này vào lịch sử Hoàn tác. Chưa ghi ô nào.',
    notEmpty: 'Vùng {range} đã có dữ liệu; biểu mẫu không ghi đè lên. Hãy chọn một ô ở vùng trống.',
  },
  reportSheet: {
    title: 'Soát biểu – báo cáo kiểm tra',
    checkedAt: 'Thời điểm kiểm tra',
    workbook: 'Sổ tính',
    sheet: 'Trang tính',
    headers: ['STT', 'Mức độ', 'Ô', 'Nội dung', 'Đúng ra (hay mốc so sánh)', 'Đang ghi', 'Chênh lệch', 'Giải thích'],
    none: 'Không có phát hiện nào.',
  },
};

const en: Strings = {
  appTitle: 'Soát biểu',
  check: 'Check',
  checking: 'Checking…',
  checkedIn: (s) => `Done in ${s} s`,
  scopeSheet: (sheet, address) => `Sheet “${sheet}”, range ${address}`,
  scopeSelection: (sheet, address) => `Selection ${address} of “${sheet}”`,
  summary: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  noFindings: 'Nothing found.',
  tables: 'Tables found',
  tableKind: { indicator: 'Indicator grid', budget: 'Budget table', other: 'Other table' },
  range: 'Range',
  unit: 'Unit',
  columns: 'Column roles',
  columnRole: (column, header) => `Role of column ${column} (${header})`,
  role: {
    number: 'Row number',
    name: 'Name, content',
    unit: 'Unit',
    baseline: 'Previous result',
    target: 'Plan, target',
    result: 'Result',
    agency: 'Lead agency',
    amount: 'Amount',
    note: 'Note',
    ratio: 'Ratio, comparison (not summed)',
    evaluation: 'Evaluation (met / not met)',
    other: 'Other',
  },
  source: { central: 'Central', local: 'Local', other: 'Other source', total: 'Total' },
  applyRange: 'Apply range',
  tableRangeLabel: (table) => `Range of table ${table}`,
  findings: 'Findings',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  filter: 'Filter by severity',
  cells: 'Cells',
  expected: 'Expected',
  actual: 'Actual',
  reference: 'Reference',
  figure: 'Figure',
  difference: 'Difference',
  consequences: (n) => `${n} consequences`,
  goToCell: (cell) => `Select cell ${cell}`,
  fix: 'Fix',
  fixLabel: (cell) => `Fix cell ${cell}`,
  fixAll: (n) => `Fix all (${n})`,
  fixMode: 'How to fix',
  fixModeValue: 'Keep each cell’s kind (formulas fixed as formulas)',
  fixModeFormula: 'Write SUM formulas into typed totals too',
  fixed: (n) => `Fixed ${n} cells.`,
  undo: 'Undo',
  undone: (n) => `Restored ${n} cells.`,
  highlight: 'Highlight flagged cells',
  live: 'Re-check when the sheet changes',
  report: 'Write a report sheet',
  reportWritten: (sheet) => `Wrote sheet “${sheet}”.`,
  template: 'Insert a template',
  templateKind: 'Kind',
  templateIndicator: 'Indicator grid',
  templateBudget: 'Budget table',
  templateFromYear: 'From year',
  templateToYear: 'To year',
  templateSources: 'Funding sources',
  templateRows: 'Rows',
  templateAtSelection: 'At the selected cell',
  templateNewSheet: 'On a new sheet',
  templatePlacement: 'Placement',
  templateInsert: 'Insert',
  templateInserted: (range) => `Inserted the template at ${range}.`,
  language: 'Language',
  outsideExcel: 'Soát biểu runs inside Excel: open a workbook and click Soát biểu on the Home tab.',
  errors: {
    protected: 'Sheet “{sheet}” is protected. Unprotect it (Review › Unprotect Sheet) and try again.',
    cellEditMode: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
    tooLarge: 'The range is too large for Excel to send at once. Select a smaller range and check again.',
    changedSinceCheck: 'The sheet changed after the check (cell {cell}). Check again before fixing.',
    timeout: 'Excel did not answer within {seconds} seconds. Try again, or select a smaller range.',
    nothingToUndo: 'Nothing to undo.',
    noWorkbook: 'No workbook is open.',
    unexpected: 'Something went wrong: {detail}',
    refused: 'Nothing was fixed: Excel does not allow writing cell {cells} (part of an array formula, a table header, or locked on a protected sheet). Fix the other cells one by one.',
    rowsMoved: 'This step cannot be undone: the row of cell {cell} was inserted, deleted, moved or renamed after the fix (it now reads “{now}”, it read “{was}”). Nothing was written; the step was dropped from the undo list.',
    sheetGone: 'This step cannot be undone: the fixed sheet is no longer in the workbook. The step was dropped from the undo list.',
    partialWrite: 'Excel refused to write cell {cell}. The cells written before it were put back: nothing changed.',
    partialWriteLeft: 'Excel refused to write cell {cell} and the cells written before it could not be put back. Please review cells {cells}.',
    journalFailed: 'The undo journal could not be saved in the workbook ({detail}). No cell was written.',
    undoNotSupported: 'Excel cannot put this action on its undo history. No cell was written.',
    notEmpty: 'Range {range} already holds data; the template does not write over it. Select a cell in an empty area.',
  },
  reportSheet: {
    title: 'Soát biểu – check report',
    checkedAt: 'Checked at',
    workbook: 'Workbook',
    sheet: 'Sheet',
    headers: ['No.', 'Severity', 'Cell', 'Finding', 'Expected (or reference)', 'Actual', 'Difference', 'Explanation'],
    none: 'Nothing found.',
  },
};

export const strings: Record<Lang, Strings> = { vi, en };

/** Fills `{name}` in an error text. */
export function fillParams(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
