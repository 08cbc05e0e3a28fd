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
}

const vi: WebStrings = {
  pageTitle: 'Soát biểu – kiểm tra biểu kế hoạch',
  tagline: 'Kiểm tra biểu chỉ tiêu và bảng kinh phí: tính lại mọi dòng tổng, chỉ ra từng chỗ sai.',
  privacy: 'Tệp được đọc ngay trong trình duyệt; không có gì được gửi đi.',
  openFile: 'Mở tệp…',
  dropHint: 'hoặc kéo thả tệp .xlsx, .csv vào trang',
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
  notAWorkbook: (name) => `“${name}” không phải là sổ tính Excel (.xlsx) hay tệp CSV, nên không kiểm tra được. Hãy chọn tệp khác.`,
  unreadable: (name) => `Không đọc được “${name}”. Tệp có thể bị hỏng; hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.`,
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
  csvFixNote: 'Bản sửa của tệp CSV được lưu thành sổ tính .xlsx.',
};

const en: WebStrings = {
  pageTitle: 'Soát biểu – plan table checker',
  tagline: 'Checks indicator grids and budget tables: recomputes every total and points at each mistake.',
  privacy: 'Files are read inside your browser; nothing is sent anywhere.',
  openFile: 'Open a file…',
  dropHint: 'or drop an .xlsx or .csv file onto the page',
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
  notAWorkbook: (name) => `“${name}” is not an Excel workbook (.xlsx) or a CSV file, so it cannot be checked. Choose another file.`,
  unreadable: (name) => `“${name}” cannot be read. It may be damaged; open it in Excel, save it as .xlsx and try again.`,
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
  csvFixNote: 'A corrected CSV file is saved as an .xlsx workbook.',
};

export const webStrings: Record<Lang, WebStrings> = { vi, en };
