/** Texts of the fix, undo and audit actions (kept apart from strings.ts so each part merges on its own). */
import type { Lang } from '../engine';
import type { SkipReason } from './fix-plan';
import type { FixResult, UndoResult } from './host';
import { strings } from './strings';

export interface FixStrings {
  /** Where Excel's own undo holds the add-in's writes (ExcelApi 1.20). */
  undoInExcel: string;
  waitingForExcel: string;
  undoSkipped: (cells: string) => string;
  fixSkipped: Record<SkipReason, (cells: string) => string>;
  audit: { title: string; headers: [string, string, string, string, string, string]; truncated: string };
}

export const fixStrings: Record<Lang, FixStrings> = {
  vi: {
    undoInExcel: 'Để hoàn tác, nhấn Ctrl+Z (Hoàn tác) trong Excel: mỗi lần sửa là một bước; khi đang tô màu, lần tô lại sau khi sửa là một bước nữa.',
    waitingForExcel: 'Đang chờ Excel: nếu bạn đang gõ trong một ô, hãy nhấn Enter hoặc Esc; việc ghi sẽ chạy ngay sau đó.',
    undoSkipped: (cells) => `Không khôi phục ô ${cells}: ô đã được sửa tiếp sau đó, giữ nguyên nội dung hiện tại.`,
    fixSkipped: {
      consequence: (cells) => `Bỏ qua ô ${cells}: sai do ô khác gây ra, sẽ đúng khi sửa ô gốc.`,
      keepsFormula: (cells) => `Bỏ qua ô ${cells}: ô đang có công thức, không ghi đè bằng số.`,
      noFormula: (cells) => `Ô ${cells}: ghi số, không ghi công thức SUM, vì các ô được cộng không liền một vùng (hoặc chương trình không có công thức cho tổng này).`,
      arrayFormula: (cells) => `Không ghi ô ${cells}: thuộc công thức mảng.`,
      tableHeader: (cells) => `Không ghi ô ${cells}: là tiêu đề bảng.`,
      protected: (cells) => `Không ghi ô ${cells}: bị khoá trên trang được bảo vệ.`,
      merged: (cells) => `Không ghi ô ${cells}: nằm trong vùng ô đã gộp.`,
    },
    audit: { title: 'Nhật ký sửa', headers: ['Trang tính', 'Ô', 'Trước', 'Sau', 'Quy tắc', 'Thời điểm'], truncated: '… (bị cắt: ô Excel giữ tối đa 32.767 ký tự)' },
  },
  en: {
    undoInExcel: 'To undo, press Ctrl+Z (Undo) in Excel: each fix is one step; with highlighting on, re-marking the cells after a fix is one more.',
    waitingForExcel: 'Waiting for Excel: if you are typing in a cell, press Enter or Esc; the write runs right after.',
    undoSkipped: (cells) => `Not restored: ${cells}, changed again after the fix; kept as it is now.`,
    fixSkipped: {
      consequence: (cells) => `Skipped ${cells}: wrong because of another cell, right once that one is fixed.`,
      keepsFormula: (cells) => `Skipped ${cells}: it holds a formula, which is not replaced by a number.`,
      noFormula: (cells) => `${cells}: written as a number, not a SUM formula: the cells it adds are not one range (or the checker has no formula for this total).`,
      arrayFormula: (cells) => `Not written: ${cells}, part of an array formula.`,
      tableHeader: (cells) => `Not written: ${cells}, a table header.`,
      protected: (cells) => `Not written: ${cells}, locked on a protected sheet.`,
      merged: (cells) => `Not written: ${cells}, inside merged cells.`,
    },
    audit: { title: 'Audit of fixes', headers: ['Sheet', 'Cell', 'Before', 'After', 'Rule', 'Time'], truncated: '… (cut: an Excel cell holds at most 32,767 characters)' },
  },
};

/** “Fixed 3 cells.” and, for each kind of fix left out, which cells and why. */
export function fixMessage(lang: Lang, result: FixResult): string {
  const byReason = new Map<SkipReason, string[]>();
  for (const { cell, reason } of result.skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), cell]);
  const notes = [...byReason].map(([reason, cells]) => fixStrings[lang].fixSkipped[reason]([...new Set(cells)].join(', ')));
  return [strings[lang].fixed(result.written), ...notes].join(' ');
}

export function undoMessage(lang: Lang, result: UndoResult): string {
  const skipped = result.skipped.length > 0 ? ` ${fixStrings[lang].undoSkipped(result.skipped.join(', '))}` : '';
  return strings[lang].undone(result.restored) + skipped;
}
