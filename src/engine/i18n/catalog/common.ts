import type { Catalog } from '../catalog';

/** Messages of the engine itself: notices about sheets and tables, not rule findings. */
export const common: Catalog = {
  vi: {
    emptySheet: 'Trang tính “{sheet}” trống.',
    noTable: 'Không tìm thấy bảng chỉ tiêu hay bảng kinh phí nào trong trang tính “{sheet}”.',
    sheetTruncated: 'Trang tính “{sheet}” quá lớn: chỉ kiểm tra {rows} dòng đầu.',
    legacyEncoding:
      'Trang tính “{sheet}” được gõ theo bảng mã cũ {encoding}, không phải Unicode: đã đọc {count} ô chữ sang Unicode để kiểm tra, tệp không bị sửa. Nên chuyển mã cả tệp sang Unicode.',
    tableKindIndicator: 'Biểu chỉ tiêu',
    tableKindBudget: 'Bảng kinh phí',
    tableKindOther: 'Bảng khác',
    severityError: 'Lỗi',
    severityWarning: 'Cảnh báo',
    severityInfo: 'Lưu ý',
    identityNotBorneOut:
      'Trang tính “{sheet}”: cột “{column}” đọc như tổng của các cột khác nhưng số liệu không khớp ở {failing} trên {total} dòng, nên được coi là một chỉ tiêu riêng và không cộng kiểm.',
  },
  en: {
    emptySheet: 'Sheet “{sheet}” is empty.',
    noTable: 'No indicator grid or budget table was found in sheet “{sheet}”.',
    sheetTruncated: 'Sheet “{sheet}” is very large: only its first {rows} rows were checked.',
    legacyEncoding:
      'Sheet “{sheet}” is typed in the legacy {encoding} encoding, not Unicode: {count} text cells were read as Unicode for the check; the file is unchanged. Converting the whole file to Unicode is advisable.',
    tableKindIndicator: 'Indicator grid',
    tableKindBudget: 'Budget table',
    tableKindOther: 'Other table',
    severityError: 'Error',
    severityWarning: 'Warning',
    severityInfo: 'Info',
    identityNotBorneOut:
      'Sheet “{sheet}”: column “{column}” reads like a total of other columns, but the numbers disagree on {failing} of {total} rows, so it is taken as a quantity of its own and not added up.',
  },
};
