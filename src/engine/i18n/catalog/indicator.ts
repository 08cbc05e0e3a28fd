import type { Catalog } from '../catalog';

/** Messages of the indicator rules (src/engine/rules/indicator). Row numbers come quoted in params. */
export const indicator: Catalog = {
  vi: {
    indicatorNumberingGap: 'Số thứ tự bị nhảy: sau {previous} là {number}, thiếu {missing}.',
    indicatorNumberingStartGap: 'Số thứ tự bắt đầu từ {number}, thiếu {missing}.',
    indicatorNumberingDuplicate: 'Số thứ tự {number} bị trùng với dòng {otherRow}.',
    indicatorNumberingOrder: 'Số thứ tự không đúng thứ tự: {number} lại đứng sau {previous}.',
    indicatorNumberingMissingParent:
      'Có chỉ tiêu con {children} nhưng không có dòng {parent}: thiếu dòng chỉ tiêu {parent} hoặc đánh số sai.',
    indicatorNumberingWrongPrefix: 'Dòng {children} nằm dưới {parent} nhưng lại đánh số như chỉ tiêu con của {prefix}.',
    indicatorSharesSum: 'Tỷ lệ nam và tỷ lệ nữ phải cộng lại bằng 100%, nhưng ở cột “{header}”: {first} + {second} = {actual}.',
    indicatorShareBelowMinimum: 'Cột “{header}”: tỷ lệ {actual}% thấp hơn mức tối thiểu {expected}% đã đặt ra.',
    indicatorParentOutsideRange:
      'Cột “{header}”: tỷ lệ chung là {actual}, nằm ngoài khoảng từ {min} đến {max} của các cấp bên dưới; tỷ lệ chung phải nằm trong khoảng đó.',
    indicatorDuplicateColumnDisagrees: 'Hai cột cùng tiêu đề “{header}” ghi khác nhau ở dòng này: {first} và {second}.',
    indicatorDuplicateColumnOneEmpty: 'Hai cột cùng tiêu đề “{header}” ghi khác nhau ở dòng này: một cột ghi {written}, cột kia để trống.',
    indicatorMissingValue: 'Chỉ tiêu này chưa có số liệu ở cột “{header}”.',
    indicatorMissingAgency: 'Chưa ghi đơn vị chủ trì cho các chỉ tiêu của mục này (cột “{header}”).',
    indicatorEvaluationEqual: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} bằng kế hoạch {plan}: chỉ tiêu đạt. Nên ghi “{fix}”.',
    indicatorEvaluationAboveBetter: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} cao hơn kế hoạch {plan}, mà chỉ tiêu này càng cao càng tốt: chỉ tiêu đạt, vượt kế hoạch. Nên ghi “{fix}”.',
    indicatorEvaluationBelowBetter: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} thấp hơn kế hoạch {plan}, mà chỉ tiêu này càng thấp càng tốt: chỉ tiêu đạt, vượt kế hoạch. Nên ghi “{fix}”.',
    indicatorEvaluationBelowWorse: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} thấp hơn kế hoạch {plan}, mà chỉ tiêu này càng cao càng tốt: chỉ tiêu chưa đạt. Nên ghi “{fix}”.',
    indicatorEvaluationAboveWorse: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} cao hơn kế hoạch {plan}, mà chỉ tiêu này càng thấp càng tốt: chỉ tiêu chưa đạt. Nên ghi “{fix}”.',
    indicatorEvaluationWithinBound: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} nằm trong mức kế hoạch {plan}: chỉ tiêu đạt. Nên ghi “{fix}”.',
    indicatorEvaluationOutsideBound: 'Ô {cell} ghi “{verdict}”, nhưng kết quả {result} không nằm trong mức kế hoạch {plan}: chỉ tiêu chưa đạt. Nên ghi “{fix}”.',
  },
  en: {
    indicatorNumberingGap: 'The numbering skips: {number} follows {previous}, so {missing} is missing.',
    indicatorNumberingStartGap: 'The numbering starts at {number}; {missing} is missing.',
    indicatorNumberingDuplicate: 'Number {number} is used twice (also on row {otherRow}).',
    indicatorNumberingOrder: 'The numbering is out of order: {number} comes after {previous}.',
    indicatorNumberingMissingParent:
      'Rows {children} are numbered as parts of {parent}, but there is no row {parent} here: that row is missing or the numbers are wrong.',
    indicatorNumberingWrongPrefix: 'Rows {children} stand under {parent} but are numbered as parts of {prefix}.',
    indicatorSharesSum: 'The shares of men and women must add up to 100%, but under “{header}”: {first} + {second} = {actual}.',
    indicatorShareBelowMinimum: 'Under “{header}”: the share is {actual}%, below the minimum of {expected}% that the text sets.',
    indicatorParentOutsideRange:
      'Under “{header}”: the overall rate {actual} lies outside the range of its parts, {min} to {max}; an overall rate must lie within it.',
    indicatorDuplicateColumnDisagrees: 'The two columns headed “{header}” disagree on this row: {first} and {second}.',
    indicatorDuplicateColumnOneEmpty: 'The two columns headed “{header}” disagree on this row: one holds {written}, the other is empty.',
    indicatorMissingValue: 'This indicator has no value under “{header}”.',
    indicatorMissingAgency: 'No lead agency is given for the indicators of this goal (column “{header}”).',
    indicatorEvaluationEqual: 'Cell {cell} says “{verdict}”, but the result {result} equals the plan {plan}: the target was met. Write “{fix}”.',
    indicatorEvaluationAboveBetter: 'Cell {cell} says “{verdict}”, but the result {result} is above the plan {plan}, and higher is better for this indicator: the target was met and exceeded. Write “{fix}”.',
    indicatorEvaluationBelowBetter: 'Cell {cell} says “{verdict}”, but the result {result} is below the plan {plan}, and lower is better for this indicator: the target was met and exceeded. Write “{fix}”.',
    indicatorEvaluationBelowWorse: 'Cell {cell} says “{verdict}”, but the result {result} is below the plan {plan}, and higher is better for this indicator: the target was not met. Write “{fix}”.',
    indicatorEvaluationAboveWorse: 'Cell {cell} says “{verdict}”, but the result {result} is above the plan {plan}, and lower is better for this indicator: the target was not met. Write “{fix}”.',
    indicatorEvaluationWithinBound: 'Cell {cell} says “{verdict}”, but the result {result} is within the planned {plan}: the target was met. Write “{fix}”.',
    indicatorEvaluationOutsideBound: 'Cell {cell} says “{verdict}”, but the result {result} is outside the planned {plan}: the target was not met. Write “{fix}”.',
  },
};
