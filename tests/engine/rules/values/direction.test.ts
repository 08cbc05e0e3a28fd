import { directionOf } from '../../../../src/engine/rules/values/direction';

const better = (label: string, year?: number) => directionOf(label, year)?.better;

describe('directionOf: what the indicator is about', () => {
  it.each([
    // deaths and mortality, maternal mortality written without `bà`
    ['Tỷ số tử vong mẹ', 'lower'],
    ['Tỷ suất chết trẻ em dưới 5 tuổi', 'lower'],
    ['Under-five mortality rate', 'lower'],
    // violence and its victims
    ['Số vụ bạo lực gia đình', 'lower'],
    ['Số nạn nhân bị xâm hại tình dục', 'lower'],
    ['Number of victims of domestic violence', 'lower'],
    // not the catalogue's "perpetrators counselled" (higher): a count of perpetrators is better lower
    ['Number of perpetrators of domestic violence', 'lower'],
    // child marriage, marriage between close relatives
    ['Số cặp tảo hôn', 'lower'],
    ['Số cặp kết hôn cận huyết thống', 'lower'],
    ['Child marriage rate', 'lower'],
    // abortion, school drop-out, poverty
    ['Tỷ số phá thai', 'lower'],
    ['Tỷ lệ học sinh nữ bỏ học', 'lower'],
    ['Girls’ school drop-out rate', 'lower'],
    ['Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ', 'lower'],
    // the sex ratio at birth, unpaid care hours, time to …
    ['Tỷ số giới tính khi sinh', 'lower'],
    ['Mất cân bằng giới tính khi sinh', 'lower'],
    ['Số giờ làm công việc chăm sóc không được trả công của nữ so với nam', 'lower'],
    ['Thời gian giải quyết vụ việc bạo lực', 'lower'],
    ['Average time to reach a shelter', 'lower'],
    // coverage, access, women in leadership
    ['Tỷ lệ bao phủ bảo hiểm y tế', 'higher'],
    ['Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ sàng lọc', 'higher'],
    ['Tỷ lệ nạn nhân bạo lực gia đình được hỗ trợ', 'higher'],
    ['Share of victims of violence receiving legal aid', 'higher'],
    ['Tỷ lệ nữ lãnh đạo cấp sở', 'higher'],
    ['Women in leadership positions, share', 'higher'],
    ['Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã', 'higher'],
    // measures against a harm, and the rate of its fall
    ['Tỷ lệ xã, phường có mô hình phòng, chống bạo lực gia đình', 'higher'],
    ['Số nhóm phòng, chống bạo lực trên cơ sở giới', 'higher'],
    ['Tỷ lệ xã có tổ truyền thông phòng chống tảo hôn', 'higher'],
    ['Tỷ lệ giảm số cặp tảo hôn', 'higher'],
    // workers trained or insured: coverage, not the unemployment the insurance is against
    ['Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', 'higher'],
    ['Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp', 'higher'],
    ['Share of workers with unemployment insurance', 'higher'],
    // going without them
    ['Tỷ lệ lao động chưa qua đào tạo', 'lower'],
    ['Tỷ lệ người cao tuổi chưa có bảo hiểm y tế', 'lower'],
  ])('%s → %s', (label, expected) => {
    expect(better(label)).toBe(expected);
  });

  it('reads a harm before `được` as who receives something, not as the aim', () => {
    expect(better('Tỷ lệ nữ vùng nông thôn nghèo, DTTS được vay vốn ưu đãi')).toBeUndefined();
    expect(better('Tỷ lệ hộ nghèo được hỗ trợ nhà ở')).toBe('higher');
    // A service received, as the seeds' targets of 100 % trained officers read.
    expect(better('Tỷ lệ lao động nữ được đào tạo nghề')).toBe('higher');
    expect(better('Tỷ lệ cán bộ làm công tác bình đẳng giới các cấp được tập huấn nghiệp vụ ít nhất 1 lần')).toBe('higher');
    // `không được trả công` is unpaid: still a harm.
    expect(better('Thời gian làm công việc nhà không được trả công')).toBe('lower');
  });

  it('lets the leading verb win over the topic', () => {
    expect(better('Tăng tỷ lệ phát hiện bạo lực gia đình')).toBe('higher');
    expect(better('Giảm tỷ lệ hộ nghèo')).toBe('lower');
  });

  it('says nothing when neither the words, the catalogue nor the topic decide', () => {
    for (const label of ['Tỷ lệ nữ cán bộ ở cơ quan tỉnh', 'Số lớp tập huấn', 'Number of communication events', 'Năng lực cán bộ']) {
      expect(directionOf(label)).toBeUndefined();
    }
  });

  it('quotes the words that name the topic as written', () => {
    expect(directionOf('Số vụ Bạo lực gia đình')).toEqual({ better: 'lower', reason: 'topic', words: 'Bạo lực' });
    expect(directionOf('Tỷ lệ nữ lãnh đạo cấp sở')).toEqual({ better: 'higher', reason: 'topic', words: 'nữ … lãnh đạo' });
  });
});
