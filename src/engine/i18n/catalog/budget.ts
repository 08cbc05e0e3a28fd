import type { Catalog } from '../catalog';

/** Messages of the budget rules (src/engine/rules/budget) and of the explainer (src/engine/explain). */
export const budget: Catalog = {
  vi: {
    budgetRowTotalSource: 'Tổng giai đoạn nguồn {source} phải bằng tổng các năm: {expected}, nhưng ô ghi {actual}.',
    budgetRowTotalYear: 'Tổng năm {year} phải bằng tổng các nguồn của năm: {expected}, nhưng ô ghi {actual}.',
    budgetRowTotalPeriod: 'Tổng cả giai đoạn phải bằng {expected}, nhưng ô ghi {actual}.',
    budgetChildrenSum: 'Dòng {rowName} phải bằng tổng các dòng con ở cột “{column}”: {expected}, nhưng ô ghi {actual}.',
    budgetChildrenOfWhichExceed:
      'Các dòng “trong đó” của dòng {rowName} cộng lại {expected}, lớn hơn chính dòng đó ({actual}) ở cột “{column}”.',
    budgetTotalRow: 'Dòng {rowName} phải bằng tổng các mục lớn ở cột “{column}”: {expected}, nhưng ô ghi {actual}.',
    budgetTotalRowMergedYear: 'Ô {rowName} năm {year} phải bằng tổng mọi nguồn của năm trên các mục lớn: {expected}, nhưng ô ghi {actual}.',
    budgetTotalRowMergedPeriod: 'Ô {rowName} cả giai đoạn phải bằng tổng mọi nguồn trên các mục lớn: {expected}, nhưng ô ghi {actual}.',
    budgetFormulaLeavesOut: 'Công thức ={written} của dòng {rowName} bỏ sót dòng {rows}; công thức đúng: ={formula}.',
    budgetFormulaCountsTwice:
      'Công thức ={written} của dòng {rowName} cộng cả dòng {rows} trong khi dòng mẹ của nó đã được cộng (tính hai lần); công thức đúng: ={formula}.',
    budgetTypedAmongFormulas:
      'Ô tổng này của dòng {rowName} là số gõ tay, trong khi {formulas} ô tổng khác cùng dòng dùng công thức: ô này sẽ không tự cập nhật khi số liệu thay đổi.',
    budgetMissingNumber: 'Dòng {rowName} có số liệu nhưng chưa đánh số thứ tự; nằm giữa {before} và {after} thì phải là {number}.',
    budgetNumberingDuplicate: 'Số thứ tự {number} của dòng {rowName} trùng với ô {other}: dòng này phải là {should}.',
    budgetNumberingDuplicateShift:
      'Số thứ tự {number} của dòng {rowName} trùng với ô {other}: dòng này phải là {should}, và {count} dòng sau nó (đến dòng số {last}) đều bị thiếu một, mỗi số phải cộng thêm 1.',
    budgetNumberingGap: 'Số thứ tự nhảy từ {previous} lên {number} ở dòng {rowName}: thiếu {missing}.',
    budgetNumberingStartGap: 'Dòng {rowName} là mục đầu tiên của nhóm nhưng đánh số {number}: thiếu {missing}.',
    budgetNumberingOrder: 'Số thứ tự {number} của dòng {rowName} đứng sau {previous}: sai thứ tự.',

    budgetCauseRowLeftOut: 'Chênh lệch {amount} đúng bằng dòng {rowName} (ô {cells}): dòng này chưa được cộng vào tổng.',
    budgetCauseColumnLeftOut: 'Chênh lệch {amount} đúng bằng ô {cells} (cột “{column}”): ô này chưa được cộng vào tổng.',
    budgetCauseRowCountedTwice: 'Chênh lệch {amount} đúng bằng dòng {rowName} (ô {cells}): dòng này bị cộng hai lần.',
    budgetCauseColumnCountedTwice: 'Chênh lệch {amount} đúng bằng ô {cells} (cột “{column}”): ô này bị cộng hai lần.',
    budgetCauseParentWithChildren:
      'Chênh lệch {amount} đúng bằng dòng {rowName} (ô {cells}): dòng mẹ này đã được cộng cùng với các dòng con của nó, nên bị tính hai lần.',
    budgetCauseAllDoubled: 'Ô ghi đúng gấp đôi tổng cần có: có lẽ các dòng mẹ đã được cộng cùng với các dòng con.',
    budgetCauseSwappedDigits:
      'Chênh lệch {amount} chia hết cho 9: ô {at} ghi {written}; nếu là {intended} (đảo lại hai chữ số) thì mọi tổng liên quan đều khớp.',
    budgetCauseThousandTimes:
      'Ô {at} ghi {written}, gấp 1.000 lần mức hợp lý: có lẽ được nhập theo đơn vị khác; nếu là {intended} thì mọi tổng liên quan đều khớp.',
    budgetCauseThousandth:
      'Ô {at} ghi {written}, chỉ bằng một phần nghìn mức hợp lý: có lẽ được nhập theo đơn vị khác; nếu là {intended} thì mọi tổng liên quan đều khớp.',
    budgetCauseSign: 'Ô {at} ghi {written}, sai dấu; nếu là {intended} thì mọi tổng liên quan đều khớp.',
    budgetCauseTextSkipped:
      'Chênh lệch {amount} đúng bằng ô {cells}: số này được ghi dạng chữ nên công thức đã bỏ qua, không cộng vào tổng.',

    budgetRootRowLeftOut: 'Dòng {rowName} chưa được cộng vào {count} ô tổng ({totals}).',
    budgetRootRowCountedTwice: 'Dòng {rowName} bị cộng hai lần vào {count} ô tổng ({totals}).',
    budgetRootParentWithChildren: 'Dòng {rowName} được cộng cùng với các dòng con của nó, nên bị tính hai lần ở {count} ô tổng ({totals}).',
    budgetRootSwappedDigits: 'Ô này ghi {written}, có lẽ là {intended} (hai chữ số bị đảo): nó làm sai {count} ô tổng ({totals}).',
    budgetRootThousandTimes: 'Ô này ghi {written}, gấp 1.000 lần {intended}: có lẽ nhập theo đơn vị khác; nó làm sai {count} ô tổng ({totals}).',
    budgetRootThousandth: 'Ô này ghi {written}, chỉ bằng một phần nghìn {intended}: có lẽ nhập theo đơn vị khác; nó làm sai {count} ô tổng ({totals}).',
    budgetRootSign: 'Ô này ghi {written}, có lẽ là {intended} (sai dấu): nó làm sai {count} ô tổng ({totals}).',
    budgetRootTextSkipped: 'Ô này ghi số dạng chữ, công thức không cộng nó: {count} ô tổng bị thiếu ({totals}).',
  },
  en: {
    budgetRowTotalSource: 'The period total for {source} should equal the sum over the years: {expected}, but the cell shows {actual}.',
    budgetRowTotalYear: 'The {year} total should equal the sum of that year’s sources: {expected}, but the cell shows {actual}.',
    budgetRowTotalPeriod: 'The total for the whole period should be {expected}, but the cell shows {actual}.',
    budgetChildrenSum: 'Row {rowName} should equal the sum of its sub-rows in column “{column}”: {expected}, but the cell shows {actual}.',
    budgetChildrenOfWhichExceed: 'The “of which” rows under {rowName} add up to {expected}, more than the row itself ({actual}) in column “{column}”.',
    budgetTotalRow: 'Row {rowName} should equal the sum of the top-level items in column “{column}”: {expected}, but the cell shows {actual}.',
    budgetTotalRowMergedYear: 'The {rowName} cell for {year} should equal all that year’s sources over the top-level items: {expected}, but the cell shows {actual}.',
    budgetTotalRowMergedPeriod: 'The {rowName} cell for the whole period should equal all sources over the top-level items: {expected}, but the cell shows {actual}.',
    budgetFormulaLeavesOut: 'The formula ={written} in row {rowName} leaves out row {rows}; the right formula is ={formula}.',
    budgetFormulaCountsTwice:
      'The formula ={written} in row {rowName} adds row {rows} although its parent row is already added (counted twice); the right formula is ={formula}.',
    budgetTypedAmongFormulas:
      'This total in row {rowName} is a typed number while {formulas} other totals in the row are formulas: it will not update when the amounts change.',
    budgetMissingNumber: 'Row {rowName} has amounts but no number; between {before} and {after} it should be {number}.',
    budgetNumberingDuplicate: 'Number {number} of row {rowName} repeats cell {other}: this row should be {should}.',
    budgetNumberingDuplicateShift:
      'Number {number} of row {rowName} repeats cell {other}: this row should be {should}, and the {count} rows after it (up to the one numbered {last}) are each one short.',
    budgetNumberingGap: 'The numbering jumps from {previous} to {number} at row {rowName}, leaving out {missing}.',
    budgetNumberingStartGap: 'Row {rowName} is the first of its group but is numbered {number}, leaving out {missing}.',
    budgetNumberingOrder: 'Number {number} of row {rowName} comes after {previous}: out of order.',

    budgetCauseRowLeftOut: 'The difference, {amount}, is exactly row {rowName} ({cells}): that row was left out of the total.',
    budgetCauseColumnLeftOut: 'The difference, {amount}, is exactly cell {cells} (column “{column}”): that cell was left out of the total.',
    budgetCauseRowCountedTwice: 'The difference, {amount}, is exactly row {rowName} ({cells}): that row was counted twice.',
    budgetCauseColumnCountedTwice: 'The difference, {amount}, is exactly cell {cells} (column “{column}”): that cell was counted twice.',
    budgetCauseParentWithChildren:
      'The difference, {amount}, is exactly row {rowName} ({cells}): that parent row was added together with its own sub-rows, so it counts twice.',
    budgetCauseAllDoubled: 'The cell shows exactly twice the right total: parent rows were probably added together with their sub-rows.',
    budgetCauseSwappedDigits:
      'The difference, {amount}, is a multiple of 9: cell {at} holds {written}; with two digits swapped back, {intended}, every total it is in agrees.',
    budgetCauseThousandTimes:
      'Cell {at} holds {written}, 1,000 times too much: probably typed in another unit; as {intended}, every total it is in agrees.',
    budgetCauseThousandth:
      'Cell {at} holds {written}, a thousandth of what fits: probably typed in another unit; as {intended}, every total it is in agrees.',
    budgetCauseSign: 'Cell {at} holds {written}, with the wrong sign; as {intended}, every total it is in agrees.',
    budgetCauseTextSkipped: 'The difference, {amount}, is exactly cell {cells}: a number typed as text, which the formula skipped.',

    budgetRootRowLeftOut: 'Row {rowName} is left out of {count} totals ({totals}).',
    budgetRootRowCountedTwice: 'Row {rowName} is counted twice in {count} totals ({totals}).',
    budgetRootParentWithChildren: 'Row {rowName} is added together with its own sub-rows, so it counts twice in {count} totals ({totals}).',
    budgetRootSwappedDigits: 'This cell holds {written}, probably {intended} (two digits swapped): it breaks {count} totals ({totals}).',
    budgetRootThousandTimes: 'This cell holds {written}, 1,000 times {intended}: probably typed in another unit; it breaks {count} totals ({totals}).',
    budgetRootThousandth: 'This cell holds {written}, a thousandth of {intended}: probably typed in another unit; it breaks {count} totals ({totals}).',
    budgetRootSign: 'This cell holds {written}, probably {intended} (wrong sign): it breaks {count} totals ({totals}).',
    budgetRootTextSkipped: 'This cell holds a number typed as text, which the formulas skip: {count} totals fall short ({totals}).',
  },
};
