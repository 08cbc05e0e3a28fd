import type { Catalog } from '../catalog';

/** Messages of the budget rules (src/engine/rules/budget) and of the explainer (src/engine/explain). */
export const budget: Catalog = {
  vi: {
    budgetRowTotalSource: 'Tổng giai đoạn nguồn {source} phải bằng tổng các năm: {expected}, nhưng ô ghi {actual}.',
    budgetRowTotalYear: 'Tổng năm {year} phải bằng tổng các nguồn của năm: {expected}, nhưng ô ghi {actual}.',
    budgetRowTotalPeriod: 'Tổng cả giai đoạn phải bằng {expected}, nhưng ô ghi {actual}.',
    budgetRowTotalSources: 'Cột “{column}” phải bằng tổng các nguồn của dòng ({columns}): {expected}, nhưng ô ghi {actual}.',
    budgetChildrenSum: 'Dòng {rowName} phải bằng tổng các dòng con ở cột “{column}”: {expected}, nhưng ô ghi {actual}.',
    budgetChildrenOfWhichExceed:
      'Các dòng “trong đó” của dòng {rowName} cộng lại {expected}, lớn hơn chính dòng đó ({actual}) ở cột “{column}”.',
    budgetTotalRow: 'Dòng {rowName} phải bằng tổng các mục lớn ở cột “{column}”: {expected}, nhưng ô ghi {actual}.',
    budgetTotalRowGroup: 'Dòng {rowName} phải bằng tổng các dòng của nhóm mà nó khép lại ở cột “{column}”: {expected}, nhưng ô ghi {actual}.',
    budgetTotalRowNoted:
      'Dòng {rowName} ở cột “{column}” ghi {actual}, khác tổng các mục ({expected}) đúng bằng {amount}: khoản mà ghi chú dưới bảng ({notes}) nói tổng đã tính (hay chưa tính). Không phải lỗi cộng; hãy đối chiếu với ghi chú.',
    budgetTotalRowMergedYear: 'Ô {rowName} năm {year} phải bằng tổng mọi nguồn của năm trên các mục lớn: {expected}, nhưng ô ghi {actual}.',
    budgetTotalRowMergedPeriod: 'Ô {rowName} cả giai đoạn phải bằng tổng mọi nguồn trên các mục lớn: {expected}, nhưng ô ghi {actual}.',
    budgetRowColumnFormula: 'Dòng {rowName}: cột “{column}” phải bằng {formula} theo hàng số thứ tự cột: {expected}, nhưng ô ghi {actual}.',
    budgetRatio: 'Dòng {rowName}: cột tỷ lệ “{column}” phải bằng {formula} theo hàng số thứ tự cột: {expected}, nhưng ô ghi {actual}.',
    budgetRatioImplied: 'Dòng {rowName}: cột tỷ lệ “{column}” phải bằng {formula} như ở {holding} trên {total} dòng của cột: {expected}, nhưng ô ghi {actual}.',
    budgetRatioAmount: 'Dòng {rowName}: “{amountColumn}” ghi {actual}, có lẽ là {expected}: với số đó, {count} ô tỷ lệ “{column}” đang không khớp ({rows}) đều khớp, vì các tổng cộng số này bằng công thức; các ô tỷ lệ đó không sai.',
    budgetRatioAmountAbout: 'Dòng {rowName}: “{amountColumn}” ghi {actual}, có lẽ khoảng {expected} (từ {low} đến {high}, tỷ lệ làm tròn không cho biết chính xác hơn): với số đó, {count} ô tỷ lệ “{column}” đang không khớp ({rows}) đều khớp, vì các tổng cộng số này bằng công thức; các ô tỷ lệ đó không sai. Hãy đối chiếu chứng từ.',
    budgetProduct: 'Dòng {rowName}: “{column}” phải bằng {formula} theo hàng số thứ tự cột, tức {expected}, nhưng ô ghi {actual}: ô này hoặc một thừa số của nó ghi sai.',
    budgetProductImplied: 'Dòng {rowName}: “{column}” phải bằng {formula} như ở {holding} trên {total} dòng của bảng, tức {expected}, nhưng ô ghi {actual}: ô này hoặc một thừa số của nó ghi sai.',
    budgetRowColumnBreakdown: 'Dòng {rowName}: cột “{column}” phải bằng tổng các cột chi tiết ({columns}): {expected}, nhưng ô ghi {actual}.',
    budgetRowColumnDifference: 'Dòng {rowName}: cột “{column}” phải bằng “{minuend}” trừ “{subtrahend}”: {expected}, nhưng ô ghi {actual}.',
    budgetRowBreakdownExceeds: 'Dòng {rowName}: các cột “trong đó” ({columns}) cộng lại {expected}, lớn hơn cột “{column}” ({actual}).',
    budgetRounding: 'Ô {cell} lệch {difference} so với tổng {expected}: trong phạm vi làm tròn số.',
    budgetCauseRounding: 'Mỗi số trong {figures} số được làm tròn có thể lệch tới nửa đơn vị, nên chênh lệch tới {allowance} là do làm tròn, không phải sai sót.',
    budgetCauseRoundingOrOneOf: 'Chênh lệch này nằm trong mức làm tròn ({allowance} với {figures} số), nhưng mọi tổng khác của bảng đều khớp đúng. Nếu các số không được làm tròn thì một trong {count} ô sau bị gõ sai: {candidates}.',
    budgetCauseValue: 'Chỉ cần ô {at} (đang ghi {written}) là {intended} thì mọi tổng liên quan đều khớp: ô này có lẽ ghi sai.',
    budgetRootValue: 'Ô này ghi {written}; nếu là {intended} thì mọi ô tổng liên quan đều khớp ({totals}).',
    budgetCauseOneDigit: 'Ô {at} ghi {written}, có lẽ gõ sai một chữ số của {intended}; với {intended} thì mọi tổng liên quan đều khớp.',
    budgetRootOneDigit: 'Ô này ghi {written}, có lẽ gõ sai một chữ số của {intended}: nó làm sai {count} ô tổng ({totals}).',
    budgetCausePowerOfTen: 'Ô {at} ghi {written}, lệch một bậc 10 so với {intended} (thừa hoặc thiếu chữ số 0); với {intended} thì mọi tổng liên quan đều khớp.',
    budgetRootPowerOfTen: 'Ô này ghi {written}, lệch một bậc 10 so với {intended} (thừa hoặc thiếu chữ số 0): nó làm sai {count} ô tổng ({totals}).',
    budgetCauseCopiedValue: 'Ô {at} ghi {written}, trùng với ô bên cạnh: có lẽ chép nhầm; với {intended} thì mọi tổng liên quan đều khớp.',
    budgetRootCopiedValue: 'Ô này ghi {written}, trùng với ô bên cạnh (có lẽ chép nhầm); đúng ra là {intended}: nó làm sai {count} ô tổng ({totals}).',
    budgetCauseProduct: 'Ô {at} ghi {written}, nhưng số lượng × đơn giá cùng dòng là {intended}; với {intended} thì mọi tổng liên quan đều khớp.',
    budgetRootProduct: 'Ô này ghi {written}, nhưng số lượng × đơn giá cùng dòng là {intended}: nó làm sai {count} ô tổng ({totals}).',
    budgetRootCarried: 'Ô này ghi {written}, là tổng cộng lên từ ô {from} đang sai; sửa {from} thì ô này phải là {intended}.',
    budgetCauseOneOf: 'Không xác định được duy nhất ô sai: sửa một trong {count} ô sau thì các tổng đều khớp: {candidates}. Hãy kiểm tra chứng từ rồi chọn.',
    budgetRootOneOf: 'Một trong {count} ô sau ghi sai (mỗi ô kèm giá trị cần có): {candidates}. Các ô tổng bị ảnh hưởng: {totals}.',
    budgetCauseSeveralOf: 'Không xác định được duy nhất các ô sai: phải sửa ít nhất {size} ô thì các tổng mới khớp, trong số {count} ô sau (mỗi ô kèm giá trị cần có nếu sửa riêng nó): {candidates}. Hãy kiểm tra chứng từ.',
    budgetRootSeveralOf: 'Có ít nhất {size} ô ghi sai, trong số {count} ô sau (mỗi ô kèm giá trị cần có nếu sửa riêng nó): {candidates}. Các ô tổng bị ảnh hưởng: {totals}.',
    budgetCauseUnlocated: 'Không xác định được ô sai từ số liệu của bảng; các ô liên quan: {candidates}.',
    budgetRootUnlocated: 'Các ô tổng {totals} không khớp và không thể chỉ ra một ô sai duy nhất; hãy kiểm tra {count} ô liên quan: {candidates}.',
    budgetCauseFormulaLeavesOut: 'Công thức ={written} tính đúng theo vùng của nó nhưng bỏ sót dòng {rows} (chênh {amount}).',
    budgetCauseFormulaCountsTwice: 'Công thức ={written} cộng cả dòng {rows}, vốn đã nằm trong tổng (tính hai lần, chênh {amount}).',
    budgetCauseFormulaWrongRows: 'Công thức ={written} cộng dòng {rows} mà bỏ sót dòng {instead} (chênh {amount}).',
    budgetCauseSubtotalHidden: 'Công thức ={written} dùng SUBTOTAL(109, …) nên bỏ qua dòng ẩn {rows} (chênh {amount}): bảng in ra vẫn khớp, nhưng tổng thiếu số liệu của dòng đang ẩn.',
    budgetColumnNumberRepeated:
      'Hàng số thứ tự cột ghi {label} lặp lại (ô trước đã là {previous}): ô này phải là {expected}, và các cột sau nó, đến cột ghi {last}, cũng bị đánh số lệch một.',
    budgetColumnNumberRepeatedOnly: 'Hàng số thứ tự cột ghi {label} lặp lại (ô trước đã là {previous}): ô này phải là {expected}.',
    budgetColumnNumberSkipped:
      'Hàng số thứ tự cột nhảy từ {previous} sang {label}, bỏ sót {missing}: ô này phải là {expected}, và các cột sau nó, đến cột ghi {last}, cũng bị đánh số lệch.',
    budgetColumnNumberSkippedOnly: 'Hàng số thứ tự cột nhảy từ {previous} sang {label}, bỏ sót {missing}: ô này phải là {expected}.',
    budgetColumnFormulaIncomplete:
      'Hàng số thứ tự cột ghi “{label}”, nhưng mọi dòng số liệu đều cộng cả cột {columns}: công thức đúng là {formula}. Các dòng được kiểm tra theo {formula}.',
    budgetDuplicateRow: 'Dòng {rowName} trùng hẳn với dòng {first} ở trên (cùng tên, cùng mọi số liệu): có thể đã nhập hai lần, và mọi tổng đang cộng nó hai lần.',
    budgetHiddenRow: 'Dòng {rowName} đang bị ẩn nhưng có số liệu ({cells}): tổng vẫn cộng dòng này, nên bảng khi in ra sẽ không khớp.',
    budgetHiddenRowSkipped: 'Dòng {rowName} đang bị ẩn nhưng có số liệu ({cells}): tổng dùng SUBTOTAL(109, …) nên bỏ qua dòng này, và thiếu đúng số liệu đó.',
    budgetHiddenColumn: 'Cột “{column}” đang bị ẩn nhưng có số liệu ở {count} dòng, và một cột tổng đang hiện vẫn cộng nó cùng các cột khác: bảng khi in ra sẽ không khớp.',
    budgetFormulaLeavesOut: 'Công thức ={written} của dòng {rowName} bỏ sót dòng {rows}; công thức đúng: ={formula}.',
    budgetFormulaCountsTwice:
      'Công thức ={written} của dòng {rowName} cộng cả dòng {rows} trong khi dòng mẹ của nó đã được cộng (tính hai lần); công thức đúng: ={formula}.',
    budgetTypedAmongFormulas:
      'Ô tổng này của dòng {rowName} là số gõ tay, trong khi {formulas} ô tổng khác cùng dòng dùng công thức: ô này sẽ không tự cập nhật khi số liệu thay đổi.',
    budgetMissingNumber: 'Dòng {rowName} có số liệu nhưng chưa đánh số thứ tự; nằm giữa {before} và {after} thì phải là {number}.',
    budgetUnreadableAmount: 'Ô {cell} (dòng {rowName}) ghi {text}: giống một con số nhưng không đọc được thành số (chữ lẫn vào, hay ghi chú kèm theo). Công thức không cộng được ô này, và các tổng có nó không kiểm tra được. Hãy nhập đúng con số, ghi chú để sang cột Ghi chú.',
    budgetAllocatedExceedsInvestment:
      'Dự án {rowName}: “{allocatedColumn}” ghi {allocated}, lớn hơn tổng mức đầu tư “{investmentColumn}” ({investment}): vốn bố trí không được vượt TMĐT. Một trong hai số ghi sai.',
    budgetPlanExceedsInvestment:
      'Dự án {rowName}: lũy kế “{allocatedColumn}” ({allocated}) cộng “{planColumn}” ({plan}) là {sum}, lớn hơn tổng mức đầu tư “{investmentColumn}” ({investment}): vốn bố trí không được vượt TMĐT. Một trong các số này ghi sai.',
    budgetPlanAloneExceedsInvestment:
      'Dự án {rowName}: “{planColumn}” ghi {plan}, lớn hơn tổng mức đầu tư “{investmentColumn}” ({investment}): vốn bố trí không được vượt TMĐT. Một trong hai số ghi sai.',
    budgetUnitOutlierThousandTimes:
      'Ô này ghi {written}, gấp hơn 100 lần mọi số bên cạnh cùng dòng, cùng cột ({count} ô, từ {low} đến {high} {unit}); chia cho 1.000 thì được {intended}, cùng cỡ với các số đó: có lẽ số này được nhập theo đơn vị nhỏ hơn nghìn lần. Các ô tổng ({totals}) là công thức nên đã cộng theo số này mà không báo lệch; sửa thành {intended} thì chúng tự tính lại.',
    budgetUnitOutlierThousandTimesNoUnit:
      'Ô này ghi {written}, gấp hơn 100 lần mọi số bên cạnh cùng dòng, cùng cột ({count} ô, từ {low} đến {high}); chia cho 1.000 thì được {intended}, cùng cỡ với các số đó: có lẽ số này được nhập theo đơn vị nhỏ hơn nghìn lần. Các ô tổng ({totals}) là công thức nên đã cộng theo số này mà không báo lệch; sửa thành {intended} thì chúng tự tính lại.',
    budgetUnitOutlierThousandth:
      'Ô này ghi {written}, có phần thập phân và nhỏ hơn 100 lần mọi số nguyên bên cạnh cùng dòng, cùng cột ({count} ô, từ {low} đến {high} {unit}); nhân 1.000 thì được {intended}, cùng cỡ với các số đó: có lẽ số này được nhập theo đơn vị lớn hơn nghìn lần. Các ô tổng ({totals}) là công thức nên đã cộng theo số này mà không báo lệch; sửa thành {intended} thì chúng tự tính lại.',
    budgetUnitOutlierThousandthNoUnit:
      'Ô này ghi {written}, có phần thập phân và nhỏ hơn 100 lần mọi số nguyên bên cạnh cùng dòng, cùng cột ({count} ô, từ {low} đến {high}); nhân 1.000 thì được {intended}, cùng cỡ với các số đó: có lẽ số này được nhập theo đơn vị lớn hơn nghìn lần. Các ô tổng ({totals}) là công thức nên đã cộng theo số này mà không báo lệch; sửa thành {intended} thì chúng tự tính lại.',
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
    budgetCauseSubtotalsWithRows:
      'Chênh lệch {amount} đúng bằng tổng các dòng {rows} (ô {cells}): các dòng mẹ này đã được cộng cùng với các dòng con của chúng, nên bị tính hai lần.',
    budgetCauseSwappedDigits:
      'Chênh lệch {amount} chia hết cho 9: ô {at} ghi {written}; nếu là {intended} (đảo lại hai chữ số) thì mọi tổng liên quan đều khớp.',
    budgetCauseBlockThousandTimes:
      'Các mục {rows} ({cells}) cộng lại gấp đúng 1.000 lần dòng {parent}: có lẽ cả khối được nhập theo đơn vị nhỏ hơn 1.000 lần (đồng thay cho nghìn đồng, nghìn đồng thay cho triệu đồng); chia mỗi ô cho 1.000 thì mọi tổng đều khớp.',
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
    budgetRootBlockMember: 'Ô này ghi {written}, đúng ra là {intended}: cùng khối {cells} được nhập theo đơn vị nhỏ hơn 1.000 lần (xem ô {first}).',
    budgetRootBlockThousandTimes:
      'Ô này ghi {written}, đúng ra là {intended}: các mục {rows} đều được nhập theo đơn vị nhỏ hơn 1.000 lần (gấp 1.000 lần dòng {parent}), làm sai các ô tổng {totals}.',
    budgetRootThousandth: 'Ô này ghi {written}, chỉ bằng một phần nghìn {intended}: có lẽ nhập theo đơn vị khác; nó làm sai {count} ô tổng ({totals}).',
    budgetRootSign: 'Ô này ghi {written}, có lẽ là {intended} (sai dấu): nó làm sai {count} ô tổng ({totals}).',
    budgetRootTextSkipped: 'Ô này ghi số dạng chữ ({written}), công thức SUM bỏ qua nó: {count} ô tổng không khớp ({totals}).',
  },
  en: {
    budgetRowTotalSource: 'The period total for {source} should equal the sum over the years: {expected}, but the cell shows {actual}.',
    budgetRowTotalYear: 'The {year} total should equal the sum of that year’s sources: {expected}, but the cell shows {actual}.',
    budgetRowTotalPeriod: 'The total for the whole period should be {expected}, but the cell shows {actual}.',
    budgetRowTotalSources: 'Column “{column}” should equal the row’s sources ({columns}): {expected}, but the cell shows {actual}.',
    budgetChildrenSum: 'Row {rowName} should equal the sum of its sub-rows in column “{column}”: {expected}, but the cell shows {actual}.',
    budgetChildrenOfWhichExceed: 'The “of which” rows under {rowName} add up to {expected}, more than the row itself ({actual}) in column “{column}”.',
    budgetTotalRow: 'Row {rowName} should equal the sum of the top-level items in column “{column}”: {expected}, but the cell shows {actual}.',
    budgetTotalRowGroup: 'Row {rowName} should equal the sum of the rows of the group it closes in column “{column}”: {expected}, but the cell shows {actual}.',
    budgetTotalRowNoted:
      'Row {rowName} in column “{column}” shows {actual}, which differs from the sum of its items ({expected}) by exactly {amount}: what the note under the table ({notes}) says the total includes (or leaves out). Not an addition error; check it against the note.',
    budgetTotalRowMergedYear: 'The {rowName} cell for {year} should equal all that year’s sources over the top-level items: {expected}, but the cell shows {actual}.',
    budgetTotalRowMergedPeriod: 'The {rowName} cell for the whole period should equal all sources over the top-level items: {expected}, but the cell shows {actual}.',
    budgetRowColumnFormula: 'Row {rowName}: column “{column}” should equal {formula} as the column-number row states: {expected}, but the cell shows {actual}.',
    budgetRatio: 'Row {rowName}: ratio column “{column}” should equal {formula} as the column-number row states: {expected}, but the cell shows {actual}.',
    budgetRatioImplied: 'Row {rowName}: ratio column “{column}” should equal {formula}, as on {holding} of its {total} rows: {expected}, but the cell shows {actual}.',
    budgetRatioAmount: 'Row {rowName}: “{amountColumn}” shows {actual}, probably {expected}: with it, the {count} ratio cells of “{column}” that do not agree ({rows}) all agree, since the totals add this amount by formula; those ratio cells are right.',
    budgetRatioAmountAbout: 'Row {rowName}: “{amountColumn}” shows {actual}, probably about {expected} ({low} to {high}: the rounded ratios tell no closer): with it, the {count} ratio cells of “{column}” that do not agree ({rows}) all agree, since the totals add this amount by formula; those ratio cells are right. Check the records.',
    budgetProduct: 'Row {rowName}: “{column}” should equal {formula} as the column-number row states, that is {expected}, but the cell shows {actual}: this cell or one of its factors is wrong.',
    budgetProductImplied: 'Row {rowName}: “{column}” should equal {formula}, as on {holding} of the table’s {total} rows, that is {expected}, but the cell shows {actual}: this cell or one of its factors is wrong.',
    budgetRowColumnBreakdown: 'Row {rowName}: column “{column}” should equal the sum of its sub-columns ({columns}): {expected}, but the cell shows {actual}.',
    budgetRowColumnDifference: 'Row {rowName}: column “{column}” should equal “{minuend}” minus “{subtrahend}”: {expected}, but the cell shows {actual}.',
    budgetRowBreakdownExceeds: 'Row {rowName}: the “of which” columns ({columns}) add up to {expected}, more than column “{column}” ({actual}).',
    budgetRounding: 'Cell {cell} is {difference} off the total {expected}: within rounding.',
    budgetCauseRounding: 'Each of the {figures} rounded figures may be off by half a unit, so a difference of up to {allowance} is rounding, not a mistake.',
    budgetCauseRoundingOrOneOf: 'This difference is within rounding ({allowance} for {figures} figures), but every other total of the table agrees exactly. If the figures are not rounded, one of these {count} cells is mistyped: {candidates}.',
    budgetCauseValue: 'If cell {at} (now {written}) were {intended}, every total it is in would agree: that cell is probably wrong.',
    budgetRootValue: 'This cell holds {written}; as {intended}, every total it is in agrees ({totals}).',
    budgetCauseOneDigit: 'Cell {at} holds {written}, probably {intended} with one digit mistyped; as {intended}, every total it is in agrees.',
    budgetRootOneDigit: 'This cell holds {written}, probably {intended} with one digit mistyped: it breaks {count} {count:total|totals} ({totals}).',
    budgetCausePowerOfTen: 'Cell {at} holds {written}, a power of ten away from {intended} (a zero too many or too few); as {intended}, every total it is in agrees.',
    budgetRootPowerOfTen: 'This cell holds {written}, a power of ten away from {intended} (a zero too many or too few): it breaks {count} {count:total|totals} ({totals}).',
    budgetCauseCopiedValue: 'Cell {at} holds {written}, the same as the cell beside it: probably copied by mistake; as {intended}, every total it is in agrees.',
    budgetRootCopiedValue: 'This cell holds {written}, the same as the cell beside it (probably copied by mistake); it should be {intended}: it breaks {count} {count:total|totals} ({totals}).',
    budgetCauseProduct: 'Cell {at} holds {written}, but the quantity × unit price on its row is {intended}; as {intended}, every total it is in agrees.',
    budgetRootProduct: 'This cell holds {written}, but the quantity × unit price on its row is {intended}: it breaks {count} {count:total|totals} ({totals}).',
    budgetRootCarried: 'This cell holds {written}, a total added up from {from}, which is wrong; once {from} is corrected, it should be {intended}.',
    budgetCauseOneOf: 'The wrong cell cannot be told for certain: correcting any one of these {count} cells makes the totals agree: {candidates}. Check the records and choose.',
    budgetRootOneOf: 'One of these {count} cells is wrong (each with the value it would need): {candidates}. Totals affected: {totals}.',
    budgetCauseSeveralOf: 'The wrong cells cannot be told for certain: at least {size} cells must be corrected for the totals to agree, among these {count} (each with the value it would need on its own): {candidates}. Check the records.',
    budgetRootSeveralOf: 'At least {size} cells are wrong, among these {count} (each with the value it would need on its own): {candidates}. Totals affected: {totals}.',
    budgetCauseUnlocated: 'The table’s numbers do not tell which cell is wrong; the cells involved: {candidates}.',
    budgetRootUnlocated: 'Totals {totals} do not add up and no single wrong cell explains them; check these {count} cells: {candidates}.',
    budgetCauseFormulaLeavesOut: 'The formula ={written} computes its own range correctly but leaves out row {rows} (a difference of {amount}).',
    budgetCauseFormulaCountsTwice: 'The formula ={written} also adds row {rows}, which the total already holds (counted twice, a difference of {amount}).',
    budgetCauseFormulaWrongRows: 'The formula ={written} adds row {rows} but leaves out row {instead} (a difference of {amount}).',
    budgetCauseSubtotalHidden: 'The formula ={written} uses SUBTOTAL(109, …), which skips hidden row {rows} (a difference of {amount}): the printout adds up, but the total leaves out the hidden row’s amounts.',
    budgetColumnNumberRepeated:
      'The column-number row repeats {label} (the cell before already says {previous}): this one should be {expected}, and the columns after it, up to the one numbered {last}, are numbered one off too.',
    budgetColumnNumberRepeatedOnly: 'The column-number row repeats {label} (the cell before already says {previous}): this one should be {expected}.',
    budgetColumnNumberSkipped:
      'The column-number row jumps from {previous} to {label}, leaving out {missing}: this one should be {expected}, and the columns after it, up to the one numbered {last}, are numbered off too.',
    budgetColumnNumberSkippedOnly: 'The column-number row jumps from {previous} to {label}, leaving out {missing}: this one should be {expected}.',
    budgetColumnFormulaIncomplete:
      'The column-number row says “{label}”, but every row of figures also adds column {columns}: the formula should read {formula}. The rows are checked against {formula}.',
    budgetDuplicateRow: 'Row {rowName} repeats row {first} above (the same name, every figure the same): it may have been entered twice, and every total adds it twice.',
    budgetHiddenRow: 'Row {rowName} is hidden but holds amounts ({cells}): the total still adds it, so the printed table will not add up.',
    budgetHiddenRowSkipped: 'Row {rowName} is hidden but holds amounts ({cells}): the total, a SUBTOTAL(109, …), skips it, and is short by them.',
    budgetHiddenColumn: 'Column “{column}” is hidden but holds amounts on {count} rows, and a shown total column adds it with other columns: the printed table will not add up.',
    budgetFormulaLeavesOut: 'The formula ={written} in row {rowName} leaves out row {rows}; the right formula is ={formula}.',
    budgetFormulaCountsTwice:
      'The formula ={written} in row {rowName} adds row {rows} although its parent row is already added (counted twice); the right formula is ={formula}.',
    budgetTypedAmongFormulas:
      'This total in row {rowName} is a typed number while {formulas} other totals in the row are formulas: it will not update when the amounts change.',
    budgetMissingNumber: 'Row {rowName} has amounts but no number; between {before} and {after} it should be {number}.',
    budgetUnreadableAmount: 'Cell {cell} (row {rowName}) reads {text}: it looks like a figure but cannot be read as a number (letters mixed in, or a remark with it). No formula adds it, and no total it stands in can be checked. Enter the figure alone, and move any remark to the notes column.',
    budgetAllocatedExceedsInvestment:
      'Project {rowName}: “{allocatedColumn}” holds {allocated}, more than its total investment “{investmentColumn}” ({investment}): allocations cannot exceed the approved total. One of the two figures is wrong.',
    budgetPlanExceedsInvestment:
      'Project {rowName}: the allocation so far “{allocatedColumn}” ({allocated}) plus “{planColumn}” ({plan}) is {sum}, more than its total investment “{investmentColumn}” ({investment}): allocations cannot exceed the approved total. One of these figures is wrong.',
    budgetPlanAloneExceedsInvestment:
      'Project {rowName}: “{planColumn}” holds {plan}, more than its total investment “{investmentColumn}” ({investment}): allocations cannot exceed the approved total. One of the two figures is wrong.',
    budgetUnitOutlierThousandTimes:
      'This cell holds {written}, over 100 times every amount beside it in its row and column ({count} cells, {low} to {high} {unit}); divided by 1,000 it is {intended}, the size of those amounts: probably typed in a unit a thousand times smaller. The totals over it ({totals}) are formulas, so they added it without showing any difference; with {intended} they recompute.',
    budgetUnitOutlierThousandTimesNoUnit:
      'This cell holds {written}, over 100 times every amount beside it in its row and column ({count} cells, {low} to {high}); divided by 1,000 it is {intended}, the size of those amounts: probably typed in a unit a thousand times smaller. The totals over it ({totals}) are formulas, so they added it without showing any difference; with {intended} they recompute.',
    budgetUnitOutlierThousandth:
      'This cell holds {written}, with decimals and under a hundredth of every whole amount beside it in its row and column ({count} cells, {low} to {high} {unit}); times 1,000 it is {intended}, the size of those amounts: probably typed in a unit a thousand times larger. The totals over it ({totals}) are formulas, so they added it without showing any difference; with {intended} they recompute.',
    budgetUnitOutlierThousandthNoUnit:
      'This cell holds {written}, with decimals and under a hundredth of every whole amount beside it in its row and column ({count} cells, {low} to {high}); times 1,000 it is {intended}, the size of those amounts: probably typed in a unit a thousand times larger. The totals over it ({totals}) are formulas, so they added it without showing any difference; with {intended} they recompute.',
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
    budgetCauseSubtotalsWithRows:
      'The difference, {amount}, is exactly the sum of rows {rows} ({cells}): those parent rows were added together with their own sub-rows, so they count twice.',
    budgetCauseSwappedDigits:
      'The difference, {amount}, is a multiple of 9: cell {at} holds {written}; with two digits swapped back, {intended}, every total it is in agrees.',
    budgetCauseBlockThousandTimes:
      'Items {rows} ({cells}) add up to exactly 1,000 times row {parent}: the block was probably typed in a unit 1,000 times smaller (đồng in a table of thousand đồng, thousand đồng in one of million đồng); divided by 1,000, every total agrees.',
    budgetCauseThousandTimes:
      'Cell {at} holds {written}, 1,000 times too much: probably typed in another unit; as {intended}, every total it is in agrees.',
    budgetCauseThousandth:
      'Cell {at} holds {written}, a thousandth of what fits: probably typed in another unit; as {intended}, every total it is in agrees.',
    budgetCauseSign: 'Cell {at} holds {written}, with the wrong sign; as {intended}, every total it is in agrees.',
    budgetCauseTextSkipped: 'The difference, {amount}, is exactly cell {cells}: a number typed as text, which the formula skipped.',

    budgetRootRowLeftOut: 'Row {rowName} is left out of {count} {count:total|totals} ({totals}).',
    budgetRootRowCountedTwice: 'Row {rowName} is counted twice in {count} {count:total|totals} ({totals}).',
    budgetRootParentWithChildren: 'Row {rowName} is added together with its own sub-rows, so it counts twice in {count} {count:total|totals} ({totals}).',
    budgetRootSwappedDigits: 'This cell holds {written}, probably {intended} (two digits swapped): it breaks {count} {count:total|totals} ({totals}).',
    budgetRootThousandTimes: 'This cell holds {written}, 1,000 times {intended}: probably typed in another unit; it breaks {count} {count:total|totals} ({totals}).',
    budgetRootBlockMember: 'This cell holds {written}, meant as {intended}: of block {cells}, typed in a unit 1,000 times smaller (see {first}).',
    budgetRootBlockThousandTimes:
      'This cell holds {written}, meant as {intended}: items {rows} were all typed in a unit 1,000 times smaller (1,000 times row {parent}), so totals {totals} do not add up.',
    budgetRootThousandth: 'This cell holds {written}, a thousandth of {intended}: probably typed in another unit; it breaks {count} {count:total|totals} ({totals}).',
    budgetRootSign: 'This cell holds {written}, probably {intended} (wrong sign): it breaks {count} {count:total|totals} ({totals}).',
    budgetRootTextSkipped: 'This cell holds a number typed as text ({written}), which SUM skips: {count} {count:total does|totals do} not add up ({totals}).',
  },
};
