import type { ColumnRole, FundingSource, Lang } from '../engine/types';

/** The CLI's own words (headings, usage, input errors); finding texts come from the engine's catalogue. */
const texts = {
  vi: {
    file: 'Tệp: {file}',
    samples: 'Chưa chỉ định tệp: kiểm tra các bảng mẫu có sẵn trong assets/samples/ (chúng có những lỗi cố ý để minh hoạ). Kiểm tra tệp của bạn: npm run check -- TỆP.xlsx',
    table: '{kind} “{sheet}” {range}',
    unit: 'đơn vị: {unit}',
    columns: 'Cột: {columns}',
    period: 'cả giai đoạn',
    noFindings: 'Không phát hiện vấn đề nào.',
    expectedActual: 'Đúng ra: {expected} · Đang ghi: {actual}',
    difference: ' · Chênh lệch: {difference}',
    fix: 'Sửa: {fix}',
    consequence: 'hệ quả của {cause}',
    summary: 'Tổng kết: {errors} lỗi, {warnings} cảnh báo, {info} lưu ý.',
    missingFile: 'Không tìm thấy tệp “{file}”.',
    unreadableFile: 'Không đọc được tệp “{file}”: {reason}',
    notWorkbook: 'Tệp “{file}” không phải là sổ tính Excel (.xlsx) hay tệp CSV.',
    oldXls: 'Tệp “{file}” là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu thành .xlsx.',
    unknownSheet: 'Không có trang tính “{sheet}” trong tệp “{file}”. Các trang tính: {sheets}.',
    badOption: '{reason} Xem: npm run check -- --help',
    unknownOption: 'Không có tuỳ chọn “{option}”.',
    missingValue: 'Tuỳ chọn “{option}” cần một giá trị.',
    badFormat: 'Định dạng “{value}” không hợp lệ: dùng text hoặc json.',
    badLang: 'Ngôn ngữ “{value}” không hợp lệ: dùng vi hoặc en.',
    badTolerance: 'Dung sai “{value}” không hợp lệ: cần một số không âm, ví dụ 0,5 hoặc 0.5.',
    internalError: 'Lỗi nội bộ khi kiểm tra “{file}”: {reason}',
    usage: [
      'Cách dùng: npm run check -- [TỆP.xlsx|TỆP.csv ...] [tuỳ chọn]',
      '',
      'Kiểm tra biểu chỉ tiêu và bảng kinh phí: tính lại mọi tổng, chỉ ra từng chỗ không khớp.',
      'Không có TỆP: kiểm tra các bảng mẫu trong assets/samples/.',
      '',
      '  --sheet TÊN          chỉ kiểm tra trang tính TÊN',
      '  --format text|json  dạng kết quả (mặc định text)',
      '  --lang vi|en        ngôn ngữ (mặc định vi)',
      '  --tolerance N       chênh lệch tối đa vẫn coi là khớp, theo đơn vị của bảng (mặc định 0)',
      '  --help              hiện hướng dẫn này',
      '',
      'Mã thoát: 0 không có lỗi · 1 có lỗi · 2 không đọc được đầu vào · 3 lỗi nội bộ.',
    ].join('\n'),
  },
  en: {
    file: 'File: {file}',
    samples: 'No file given: checking the built-in sample workbooks in assets/samples/ (they hold deliberate mistakes to show what is found). To check your own file: npm run check -- FILE.xlsx',
    table: '{kind} “{sheet}” {range}',
    unit: 'unit: {unit}',
    columns: 'Columns: {columns}',
    period: 'period',
    noFindings: 'No problem found.',
    expectedActual: 'Expected: {expected} · Actual: {actual}',
    difference: ' · Difference: {difference}',
    fix: 'Fix: {fix}',
    consequence: 'consequence of {cause}',
    summary: 'Summary: {errors} errors, {warnings} warnings, {info} info.',
    missingFile: 'File “{file}” not found.',
    unreadableFile: 'Cannot read file “{file}”: {reason}',
    notWorkbook: 'File “{file}” is neither an Excel workbook (.xlsx) nor a CSV file.',
    oldXls: 'File “{file}” is in the old Excel format (.xls): open it in Excel and save it as .xlsx.',
    unknownSheet: 'There is no sheet “{sheet}” in “{file}”. Sheets: {sheets}.',
    badOption: '{reason} See: npm run check -- --help',
    unknownOption: 'There is no option “{option}”.',
    missingValue: 'Option “{option}” needs a value.',
    badFormat: 'Format “{value}” is not valid: use text or json.',
    badLang: 'Language “{value}” is not valid: use vi or en.',
    badTolerance: 'Tolerance “{value}” is not valid: give a number of zero or more, e.g. 0.5.',
    internalError: 'Internal error while checking “{file}”: {reason}',
    usage: [
      'Usage: npm run check -- [FILE.xlsx|FILE.csv ...] [options]',
      '',
      'Checks indicator grids and budget tables: recomputes every total and points at each mismatch.',
      'Without FILE: checks the sample workbooks in assets/samples/.',
      '',
      '  --sheet NAME        check only the sheet NAME',
      '  --format text|json  output format (default text)',
      '  --lang vi|en        language (default vi)',
      '  --tolerance N       largest difference still accepted as equal, in the table unit (default 0)',
      '  --help              show this help',
      '',
      'Exit codes: 0 no error · 1 errors found · 2 input cannot be read · 3 internal error.',
    ].join('\n'),
  },
} as const;

export type TextId = keyof (typeof texts)['vi'];

export function text(lang: Lang, id: TextId, params: Record<string, string | number> = {}): string {
  return texts[lang][id].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

const roleNames: Record<Lang, Record<ColumnRole, string>> = {
  vi: { number: 'TT', name: 'tên', unit: 'ĐVT', baseline: 'kết quả trước', target: 'kế hoạch', result: 'kết quả', agency: 'đơn vị chủ trì', amount: 'số tiền', note: 'ghi chú', ratio: 'tỷ lệ', evaluation: 'đánh giá', other: 'khác' },
  en: { number: 'no.', name: 'name', unit: 'unit', baseline: 'baseline', target: 'target', result: 'result', agency: 'lead agency', amount: 'amount', note: 'note', ratio: 'ratio', evaluation: 'evaluation', other: 'other' },
};

const sourceNames: Record<Lang, Record<FundingSource, string>> = {
  vi: { central: 'TW', local: 'ĐP', other: 'khác', total: 'tổng' },
  en: { central: 'central', local: 'local', other: 'other', total: 'total' },
};

export function roleName(lang: Lang, role: ColumnRole): string {
  return roleNames[lang][role];
}

export function sourceName(lang: Lang, source: FundingSource): string {
  return sourceNames[lang][source];
}
