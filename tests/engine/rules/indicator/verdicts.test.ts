import { verdictOf, VerdictWords } from '../../../../src/engine/rules/indicator/verdicts';

describe('verdictOf', () => {
  it.each([
    ['Đạt', 'met'],
    ['đạt kế hoạch', 'met'],
    ['Hoàn thành', 'met'],
    ['Met', 'met'],
    ['Vượt', 'exceeded'],
    ['Vượt kế hoạch', 'exceeded'],
    ['Exceeded', 'exceeded'],
    ['Cơ bản đạt', 'partly'],
    ['Cơ bản hoàn thành', 'partly'],
    ['Không đạt', 'notMet'],
    ['Chưa đạt', 'notMet'],
    ['Không hoàn thành', 'notMet'],
    ['Chưa hoàn thành.', 'notMet'],
    ['Not met', 'notMet'],
    ['KHONG DAT', 'notMet'],
    ['Đang thực hiện', undefined],
    ['x', undefined],
    ['', undefined],
  ])('%s → %s', (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });
});

describe('VerdictWords', () => {
  it('answers in the form the column uses most, else its header’s words', () => {
    expect(new VerdictWords('Đánh giá', ['Chưa đạt', 'Chưa đạt', 'Không đạt', 'Đạt']).textFor('notMet')).toBe('Chưa đạt');
    expect(new VerdictWords('Met/Not met', []).textFor('notMet')).toBe('Not met');
    expect(new VerdictWords('Hoàn thành/Không hoàn thành', []).textFor('met')).toBe('Hoàn thành');
    expect(new VerdictWords('Đánh giá', []).textFor('exceeded')).toBe('Vượt');
    expect(new VerdictWords('Đạt/Không đạt', ['Đạt']).usesExceeded).toBe(false);
    expect(new VerdictWords('Đánh giá', ['Vượt', 'Đạt']).usesExceeded).toBe(true);
  });
});
