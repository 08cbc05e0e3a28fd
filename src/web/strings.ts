/** Texts only the web page shows; everything the pane shares with the add-in is in src/ui/strings.ts. */
import type { Lang } from '../engine';

export interface WebStrings {
  pageTitle: string;
  tagline: string;
  privacy: string;
  openFile: string;
  dropHint: string;
  dropHere: string;
  samples: string;
  sampleNames: Record<string, string>;
  documents: string;
  sheets: string;
  closeDocument: (name: string) => string;
  loading: (name: string) => string;
  loadingSamples: string;
  preview: (sheet: string) => string;
  notAWorkbook: (name: string) => string;
  unreadable: (name: string) => string;
  encrypted: (name: string) => string;
  tooLarge: (name: string) => string;
  xlsFixNote: string;
  sampleMissing: (name: string) => string;
  dismiss: string;
  downloads: string;
  cellFindings: (cell: string) => string;
  noFindingsAtCell: (cell: string) => string;
  correctedCopy: (fixes: number) => string;
  downloadCorrected: string;
  correctedSuffix: string;
  downloadReportCsv: string;
  downloadReportHtml: string;
  reportTitle: (file: string) => string;
  csvFixNote: string;
  /** A sheet tab's counts once the sheet is checked. */
  sheetCounts: (errors: number, warnings: number) => string;
  /** The whole workbook's counts, and which sheets hold errors or warnings (`Phân bổ (3 lỗi)`). */
  workbookSummary: (sheets: number, summary: string, where: string) => string;
  /** While the other sheets are still being checked. */
  workbookChecking: (checked: number, sheets: number) => string;
  /** The sheet was opened instead of the first, which has no finding. */
  openedOnFindings: (first: string, shown: string) => string;
}

const vi: WebStrings = {
  pageTitle: 'Soát biểu – kiểm tra biểu kế hoạch',
  tagline: 'Kiểm tra biểu chỉ tiêu và bảng kinh phí: tính lại mọi dòng tổng, chỉ ra từng chỗ sai.',
  privacy: 'Tệp được đọc ngay trong trình duyệt; không có gì được gửi đi.',
  openFile: 'Mở tệp…',
  dropHint: 'hoặc kéo thả tệp .xlsx, .xls, .csv vào trang',
  dropHere: 'Thả tệp vào đây để kiểm tra',
  samples: 'Biểu mẫu có sẵn',
  sampleNames: {
    'quang-ninh-2012-2015-kinh-phi.xlsx': 'Quảng Ninh 2012–2015, kinh phí',
    'nghe-an-2017-chi-tieu.xlsx': 'Nghệ An 2017, chỉ tiêu',
  },
  documents: 'Tệp đang mở',
  sheets: 'Trang tính',
  closeDocument: (name) => `Đóng ${name}`,
  loading: (name) => `Đang đọc ${name}…`,
  loadingSamples: 'Đang mở các biểu mẫu…',
  preview: (sheet) => `Xem trước trang tính ${sheet}`,
  notAWorkbook: (name) => `“${name}” không phải là sổ tính Excel (.xlsx, .xls) hay tệp CSV, nên không kiểm tra được. Hãy chọn tệp khác.`,
  unreadable: (name) => `Không đọc được “${name}”: tệp bị hỏng hoặc không đầy đủ. Hãy lấy lại tệp gốc, hoặc mở bằng Excel để sửa rồi lưu lại.`,
  encrypted: (name) => `“${name}” được đặt mật khẩu để mở (đã mã hoá). Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi thử lại.`,
  tooLarge: (name) => `“${name}” vượt giới hạn đọc của trang (quá nhiều dữ liệu khi giải nén, quá nhiều ô hoặc vùng gộp). Nếu là bảng thật, hãy tách thành các tệp nhỏ hơn.`,
  xlsFixNote: 'Bản sửa của tệp .xls được lưu thành sổ tính .xlsx, chỉ giữ giá trị và định dạng số của các ô.',
  sampleMissing: (name) => `Không tải được biểu mẫu ${name}.`,
  dismiss: 'Đóng thông báo',
  downloads: 'Sửa và tải về',
  cellFindings: (cell) => `Phát hiện tại ô ${cell}`,
  noFindingsAtCell: (cell) => `Ô ${cell} không có phát hiện nào.`,
  correctedCopy: (n) => `Bản đã sửa: ${n} ô được sửa. Tệp gốc không thay đổi.`,
  downloadCorrected: 'Tải bản đã sửa (.xlsx)',
  correctedSuffix: 'đã sửa',
  downloadReportCsv: 'Tải báo cáo (CSV)',
  downloadReportHtml: 'Tải báo cáo (HTML)',
  reportTitle: (file) => `Soát biểu – báo cáo kiểm tra “${file}”`,
  csvFixNote: 'Bản sửa của tệp CSV được lưu thành sổ tính .xlsx; các số trong bảng được ghi thành số, như chương trình đã đọc.',
  sheetCounts: (e, w) => (e === 0 && w === 0 ? '0 lỗi' : [e > 0 ? `${e} lỗi` : '', w > 0 ? `${w} cảnh báo` : ''].filter(Boolean).join(', ')),
  workbookSummary: (n, summary, where) => `Cả tệp (${n} trang tính): ${summary}${where ? ` — ở trang ${where}` : ''}.`,
  workbookChecking: (checked, n) => `Đang kiểm tra các trang tính khác (${checked}/${n})…`,
  openedOnFindings: (first, shown) => `Trang “${first}” không có phát hiện nào; đang xem trang “${shown}”.`,
};

const en: WebStrings = {
  pageTitle: 'Soát biểu – plan table checker',
  tagline: 'Checks indicator grids and budget tables: recomputes every total and points at each mistake.',
  privacy: 'Files are read inside your browser; nothing is sent anywhere.',
  openFile: 'Open a file…',
  dropHint: 'or drop an .xlsx, .xls or .csv file onto the page',
  dropHere: 'Drop the file here to check it',
  samples: 'Built-in samples',
  sampleNames: {
    'quang-ninh-2012-2015-kinh-phi.xlsx': 'Quảng Ninh 2012–2015, budget',
    'nghe-an-2017-chi-tieu.xlsx': 'Nghệ An 2017, indicators',
  },
  documents: 'Open files',
  sheets: 'Sheets',
  closeDocument: (name) => `Close ${name}`,
  loading: (name) => `Reading ${name}…`,
  loadingSamples: 'Opening the samples…',
  preview: (sheet) => `Preview of sheet ${sheet}`,
  notAWorkbook: (name) => `“${name}” is not an Excel workbook (.xlsx, .xls) or a CSV file, so it cannot be checked. Choose another file.`,
  unreadable: (name) => `“${name}” cannot be read: it is damaged or incomplete. Get the original again, or open it in Excel to repair it and save it.`,
  encrypted: (name) => `“${name}” is protected by a password to open (encrypted). Open it in Excel, remove the password, save it and try again.`,
  tooLarge: (name) => `“${name}” is past the page's reading limits (too much data once inflated, too many cells or merged areas). If it is a real table, split it into smaller files.`,
  xlsFixNote: 'A corrected .xls file is saved as an .xlsx workbook holding the cells’ values and number formats only.',
  sampleMissing: (name) => `Could not load the sample ${name}.`,
  dismiss: 'Dismiss',
  downloads: 'Fix and download',
  cellFindings: (cell) => `Findings at cell ${cell}`,
  noFindingsAtCell: (cell) => `Nothing found at cell ${cell}.`,
  correctedCopy: (n) => `Corrected copy: ${n} cells fixed. The original file is unchanged.`,
  downloadCorrected: 'Download the corrected copy (.xlsx)',
  correctedSuffix: 'corrected',
  downloadReportCsv: 'Download the report (CSV)',
  downloadReportHtml: 'Download the report (HTML)',
  reportTitle: (file) => `Soát biểu – check report for “${file}”`,
  csvFixNote: 'A corrected CSV file is saved as an .xlsx workbook; the tables’ figures are written as numbers, as the checker read them.',
  sheetCounts: (e, w) => (e === 0 && w === 0 ? '0 errors' : [e > 0 ? `${e} ${e === 1 ? 'error' : 'errors'}` : '', w > 0 ? `${w} ${w === 1 ? 'warning' : 'warnings'}` : ''].filter(Boolean).join(', ')),
  workbookSummary: (n, summary, where) => `Whole file (${n} sheets): ${summary}${where ? ` — on ${where}` : ''}.`,
  workbookChecking: (checked, n) => `Checking the other sheets (${checked}/${n})…`,
  openedOnFindings: (first, shown) => `Sheet “${first}” has no findings; showing sheet “${shown}”.`,
};

export const webStrings: Record<Lang, WebStrings> = { vi, en };
