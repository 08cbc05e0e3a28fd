import type { ColumnRole, FundingSource, Lang } from '../engine/types';
import type { LimitName, UnreadableInputError } from '../io';

/** The CLI's own words (headings, usage, input errors); finding texts come from the engine's catalogue. */
const texts = {
  vi: {
    file: 'Tệp: {file}',
    samples: 'Chưa chỉ định tệp: kiểm tra các bảng mẫu có sẵn trong assets/samples/ (chúng có những lỗi cố ý để minh hoạ). Kiểm tra tệp của bạn: npm run check -- TỆP.xlsx',
    table: '{kind} “{sheet}” {range}',
    unit: 'đơn vị: {unit}',
    columns: 'Cột: {columns}',
    period: 'cả giai đoạn',
    measure: 'số lượng/đơn giá',
    partner: 'đơn vị phối hợp',
    code: 'mã',
    noFindings: 'Không phát hiện vấn đề nào.',
    expectedActual: 'Đúng ra: {expected} · Đang ghi: {actual}',
    referenceActual: 'Mốc so sánh: {expected} · Số liệu: {actual}',
    difference: ' · Chênh lệch: {difference}',
    fix: 'Sửa: {fix}',
    moreRounding: 'Còn {count} chênh lệch nhỏ khác trong phạm vi làm tròn số, không phải sai sót, ở các ô: {cells}.',
    consequence: 'hệ quả của lỗi ở ô {cause} phía trên',
    summary: 'Tổng kết: {errors} lỗi, {warnings} cảnh báo, {info} lưu ý.',
    missingFile: 'Không tìm thấy tệp “{file}”.',
    unreadableFile: 'Không đọc được tệp “{file}”: {reason}',
    notWorkbook: 'Tệp “{file}” không phải là sổ tính Excel (.xlsx, .xls) hay tệp CSV.',
    damaged: 'Tệp “{file}” là sổ tính Excel nhưng bị hỏng hoặc không đầy đủ (có thể chưa tải về xong): hãy lấy lại tệp gốc, hoặc mở bằng Excel để sửa rồi lưu lại.',
    encrypted: 'Tệp “{file}” được đặt mật khẩu để mở (đã mã hoá): hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại, sau đó kiểm tra.',
    isDirectory: '“{file}” là một thư mục, không phải tệp: hãy chỉ định một tệp .xlsx, .xls hoặc .csv.',
    notRegularFile: '“{file}” không phải là tệp thông thường (thiết bị hoặc đường ống), nên không đọc.',
    permissionDenied: 'Không có quyền đọc tệp “{file}”.',
    fileTooLarge: 'Tệp “{file}” quá lớn ({size} MB; tối đa {max} MB).',
    tooLarge: 'Tệp “{file}” vượt giới hạn đọc: {what}. Tệp có thể bị hỏng hoặc được tạo để gây hại; nếu là bảng thật, hãy tách thành các tệp nhỏ hơn.',
    limitTotalInflatedBytes: 'khi giải nén chiếm hơn {max} MB (ít nhất {actual} MB)',
    limitPartInflatedBytes: 'một phần của tệp khi giải nén chiếm hơn {max} MB (ít nhất {actual} MB)',
    limitRatio: 'một phần của tệp nén {actual} lần, quá tỷ lệ {max} lần của một sổ tính thật',
    limitCells: 'hơn {max} ô có nội dung (ít nhất {actual})',
    limitMerges: 'hơn {max} vùng ô gộp (ít nhất {actual})',
    limitFileBytes: 'tệp lớn hơn {max} MB',
    unknownSheet: 'Không có trang tính “{sheet}” trong tệp “{file}”. Các trang tính: {sheets}.',
    badOption: '{reason} Xem: npm run check -- --help',
    unknownOption: 'Không có tuỳ chọn “{option}”.',
    missingValue: 'Tuỳ chọn “{option}” cần một giá trị.',
    badFormat: 'Định dạng “{value}” không hợp lệ: dùng text hoặc json.',
    badLang: 'Ngôn ngữ “{value}” không hợp lệ: dùng vi hoặc en.',
    badTolerance: 'Dung sai “{value}” không hợp lệ: cần một số không âm, ví dụ 0,5 hoặc 0.5.',
    internalError: 'Lỗi nội bộ khi kiểm tra “{file}”: {reason}',
    usage: [
      'Cách dùng: npm run check -- [TỆP.xlsx|TỆP.xls|TỆP.csv ...] [tuỳ chọn]',
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
    measure: 'quantity/price',
    partner: 'partner agencies',
    code: 'code',
    noFindings: 'No problem found.',
    expectedActual: 'Expected: {expected} · Actual: {actual}',
    referenceActual: 'Reference: {expected} · Figure: {actual}',
    difference: ' · Difference: {difference}',
    fix: 'Fix: {fix}',
    moreRounding: '{count} more small differences within rounding, not mistakes, at: {cells}.',
    consequence: 'consequence of the mistake at {cause} above',
    summary: 'Summary: {errors} {errorWord}, {warnings} {warningWord}, {info} info.',
    missingFile: 'File “{file}” not found.',
    unreadableFile: 'Cannot read file “{file}”: {reason}',
    notWorkbook: 'File “{file}” is neither an Excel workbook (.xlsx, .xls) nor a CSV file.',
    damaged: 'File “{file}” is an Excel workbook but damaged or incomplete (perhaps not fully downloaded): get the original again, or open it in Excel to repair it and save it.',
    encrypted: 'File “{file}” is protected by a password to open (encrypted): open it in Excel, remove the password, save it, then check it.',
    isDirectory: '“{file}” is a folder, not a file: give an .xlsx, .xls or .csv file.',
    notRegularFile: '“{file}” is not a regular file (a device or a pipe), so it is not read.',
    permissionDenied: 'No permission to read file “{file}”.',
    fileTooLarge: 'File “{file}” is too large ({size} MB; at most {max} MB).',
    tooLarge: 'File “{file}” is past a reading limit: {what}. It may be damaged or made to do harm; if it is a real table, split it into smaller files.',
    limitTotalInflatedBytes: 'it inflates to more than {max} MB (at least {actual} MB)',
    limitPartInflatedBytes: 'one of its parts inflates to more than {max} MB (at least {actual} MB)',
    limitRatio: 'one of its parts is compressed {actual} times, past the {max} times of a real workbook',
    limitCells: 'more than {max} cells with content (at least {actual})',
    limitMerges: 'more than {max} merged areas (at least {actual})',
    limitFileBytes: 'the file is larger than {max} MB',
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
      'Usage: npm run check -- [FILE.xlsx|FILE.xls|FILE.csv ...] [options]',
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

const LIMIT_TEXT: Record<LimitName, TextId | undefined> = {
  fileBytes: 'limitFileBytes',
  totalInflatedBytes: 'limitTotalInflatedBytes',
  partInflatedBytes: 'limitPartInflatedBytes',
  ratio: 'limitRatio',
  cells: 'limitCells',
  merges: 'limitMerges',
  ratioFloorBytes: undefined,
  rows: undefined,
  columns: undefined,
};

/** The one line saying why a workbook could not be read, in the officer's language. */
export function unreadableText(lang: Lang, error: UnreadableInputError, file: string): string {
  if (error.reason !== 'tooLarge') return text(lang, error.reason, { file });
  const limit = error.params.limit as LimitName;
  const inBytes = limit === 'fileBytes' || limit.endsWith('Bytes');
  const shown = (value: string | number | undefined) => (inBytes ? Math.ceil(Number(value) / 2 ** 20) : Number(value).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US'));
  const id = LIMIT_TEXT[limit];
  const what = id ? text(lang, id, { max: shown(error.params.max), actual: shown(error.params.actual) }) : limit;
  return text(lang, 'tooLarge', { file, what });
}

const roleNames: Record<Lang, Record<ColumnRole, string>> = {
  vi: { number: 'TT', name: 'tên', unit: 'ĐVT', baseline: 'kết quả năm', target: 'kế hoạch', result: 'kết quả', agency: 'đơn vị chủ trì', amount: 'số tiền', note: 'ghi chú', ratio: 'tỷ lệ', evaluation: 'đánh giá', other: 'khác' },
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
