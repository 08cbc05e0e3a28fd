/**
 * National gender-equality targets that provincial plans are held against, transcribed from
 * national-targets.md (the strategies 2011–2020 and 2021–2030, as published and as provinces
 * adopted them). Values are plain decimals in the indicator's unit; a ratio unit says its
 * denominator (`per`). Each value names the document it comes from, cited to the officer by title
 * and number.
 */

/** Which way the indicator improves. */
export type Better = 'higher' | 'lower';

export interface Strategy {
  id: '2011-2020' | '2021-2030';
  /** The years a plan's target column falls in to be held against this strategy. */
  from: number;
  to: number;
  /** Where the strategy is published. */
  document: { vi: string; en: string };
}

export const STRATEGIES: readonly Strategy[] = [
  {
    id: '2011-2020',
    from: 2011,
    to: 2020,
    document: { vi: 'Chiến lược quốc gia về bình đẳng giới 2011–2020 (Quyết định 2351/QĐ-TTg)', en: 'National Strategy on Gender Equality 2011–2020 (Decision 2351/QĐ-TTg)' },
  },
  {
    id: '2021-2030',
    from: 2021,
    to: 2030,
    document: { vi: 'Chiến lược quốc gia về bình đẳng giới 2021–2030 (Nghị quyết 28/NQ-CP)', en: 'National Strategy on Gender Equality 2021–2030 (Resolution 28/NQ-CP)' },
  },
];

/**
 * The documents a value comes from, as national-targets.md names them; each has its message
 * (`valuesNationalTargetSource…`) that cites it by title and number in both languages.
 * - `nq28`: Resolution 28/NQ-CP of 3 March 2021 (the 2021–2030 strategy);
 * - `nq28-lang-son`: the same, as quoted in Lạng Sơn's plan for 2026–2030;
 * - `qd2351`: Decision 2351/QĐ-TTg of 24 December 2010 (the 2011–2020 strategy);
 * - `hd3002`: Hải Dương's plan 3002/KH-UBND of 29 December 2015, which set the value itself;
 * - `qd2351-hd3002`: the national value of Decision 2351/QĐ-TTg, beside Hải Dương's own (`provincial`);
 * - `na1046-hd3002`: Nghệ An's Decision 1046/QĐ-UBND (2017) and Hải Dương's plan 3002/KH-UBND.
 */
export type Citation = 'nq28' | 'nq28-lang-son' | 'qd2351' | 'hd3002' | 'qd2351-hd3002' | 'na1046-hd3002';

export interface Milestone {
  /** The milestone year the value is set for. */
  year: number;
  /** The national value, plain decimal in the indicator's unit. */
  value: string;
  /** `under 30%` is `<`, `over 99%` is `>`, `30% or more` is `>=`; none when the value is a point. */
  bound?: '<' | '<=' | '>' | '>=';
  /** The value Hải Dương's plan 3002/KH-UBND adopted instead, shown beside the national one. */
  provincial?: string;
  /** Where this milestone's value comes from, when not the entry's `source`. */
  source?: Citation;
}

export interface NationalTarget {
  id: string;
  strategy: Strategy['id'];
  name: { vi: string; en: string };
  /**
   * Folded label phrases (no diacritics, lower case): the label matches when every phrase of
   * one alternative occurs in it as whole words.
   */
  match: readonly (readonly string[])[];
  unit: '%' | 'times' | 'ratio';
  /** Denominator of a ratio unit: 100 for the sex ratio at birth, 100,000 for maternal mortality. */
  per?: number;
  better: Better;
  /**
   * A minimum each value must reach (at least 40% of new jobs for each sex), not a direction:
   * the share of men falling from 58% to 57.5% is neither better nor worse.
   */
  floorOnly?: boolean;
  milestones: readonly Milestone[];
  /** Where the values come from (a milestone may name its own). */
  source: Citation;
}

/** Every indicator of both strategies, in the order of national-targets.md. */
export const NATIONAL_TARGETS: readonly NationalTarget[] = [
  // National Strategy 2021–2030 (Resolution 28/NQ-CP, 3 March 2021).
  {
    id: 'female-key-leader',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', en: 'state agencies and people’s committees at all levels with a female key leader' },
    match: [['lanh dao chu chot la nu'], ['can bo chu chot la nu'], ['female key leader'], ['key leader', 'women']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '60' }, { year: 2030, value: '75', source: 'nq28-lang-son' }],
    source: 'nq28',
  },
  {
    id: 'women-wage-earners',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ lao động nữ làm công hưởng lương', en: 'women workers who are wage earners' },
    match: [['lao dong nu', 'huong luong'], ['women', 'wage earners']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '50' }, { year: 2030, value: '60' }],
    source: 'nq28',
  },
  {
    id: 'women-in-agriculture',
    strategy: '2021-2030',
    name: { vi: 'Tỷ trọng lao động nữ có việc làm trong khu vực nông nghiệp', en: 'share of employed women working in agriculture' },
    match: [['lao dong nu', 'nong nghiep'], ['women', 'agriculture']],
    unit: '%',
    better: 'lower',
    milestones: [{ year: 2025, value: '30', bound: '<' }, { year: 2030, value: '25', bound: '<' }],
    source: 'nq28',
  },
  {
    id: 'women-enterprise-directors',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã', en: 'women among directors / owners of enterprises and cooperatives' },
    match: [['nu', 'doanh nghiep'], ['women', 'enterprise'], ['women', 'enterprises']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '27' }, { year: 2030, value: '30' }],
    source: 'nq28',
  },
  {
    id: 'unpaid-housework-ratio',
    strategy: '2021-2030',
    name: { vi: 'Số giờ làm công việc nội trợ và chăm sóc không được trả công của nữ so với nam', en: 'women’s unpaid housework and care hours, times men’s' },
    match: [['cong viec', 'gia dinh', 'thoi gian'], ['cong viec noi tro'], ['cham soc', 'khong duoc tra cong'], ['unpaid'], ['housework']],
    unit: 'times',
    better: 'lower',
    milestones: [{ year: 2025, value: '1.7' }, { year: 2030, value: '1.4' }],
    source: 'nq28',
  },
  {
    id: 'violence-victims-supported',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nạn nhân bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản', en: 'detected victims of domestic / gender-based violence reaching at least one basic support service' },
    match: [['nan nhan', 'bao luc', 'dich vu'], ['nan nhan', 'bao luc', 'tu van'], ['nan nhan', 'bao luc', 'ho tro'], ['victims', 'violence', 'service'], ['victims', 'violence', 'services'], ['victims', 'violence', 'support']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '80' }, { year: 2030, value: '90' }],
    source: 'nq28',
  },
  {
    id: 'violence-perpetrators-counselled',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư vấn', en: 'detected perpetrators (not criminally liable) counselled' },
    match: [['nguoi gay bao luc', 'tu van'], ['perpetrators', 'counselled'], ['perpetrators', 'counseled'], ['perpetrators', 'counselling'], ['perpetrators', 'counseling']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '50' }, { year: 2030, value: '70' }],
    source: 'nq28',
  },
  {
    id: 'trafficking-victims-supported',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nạn nhân bị mua bán trở về có nhu cầu được hưởng các dịch vụ hỗ trợ', en: 'returned trafficking victims with support needs who receive services' },
    match: [['nan nhan', 'mua ban', 'dich vu'], ['nan nhan', 'buon ban', 'dich vu'], ['nan nhan', 'mua ban', 'ho tro'], ['nan nhan', 'buon ban', 'ho tro'], ['trafficking', 'services'], ['trafficking', 'support']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '100' }, { year: 2030, value: '100' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'gbv-social-assistance-facilities',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai phòng ngừa, hỗ trợ bạo lực trên cơ sở giới', en: 'public social-assistance facilities working against gender-based violence' },
    match: [['co so tro giup xa hoi'], ['social assistance facilities'], ['social-assistance facilities']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2025, value: '70' }, { year: 2030, value: '100' }],
    source: 'nq28',
  },
  {
    id: 'sex-ratio-at-birth',
    strategy: '2021-2030',
    name: { vi: 'Tỷ số giới tính khi sinh (số bé trai trên 100 bé gái)', en: 'sex ratio at birth (boys per 100 girls)' },
    match: [['ty so gioi tinh khi sinh'], ['sex ratio at birth']],
    unit: 'ratio',
    per: 100,
    better: 'lower',
    milestones: [{ year: 2025, value: '111' }, { year: 2030, value: '109', source: 'nq28-lang-son' }],
    source: 'nq28',
  },
  {
    id: 'maternal-mortality',
    strategy: '2021-2030',
    name: { vi: 'Tỷ số tử vong bà mẹ trên 100.000 trẻ đẻ sống', en: 'maternal mortality per 100,000 live births' },
    match: [['tu vong ba me'], ['tu vong me'], ['tu vong', 'ba me'], ['maternal mortality'], ['maternal deaths']],
    unit: 'ratio',
    per: 100000,
    better: 'lower',
    milestones: [{ year: 2030, value: '42' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'adolescent-births',
    strategy: '2021-2030',
    name: { vi: 'Số ca sinh trên 1.000 phụ nữ từ 15 đến 19 tuổi', en: 'births per 1,000 women aged 15–19' },
    match: [['sinh', '15', '19', 'tuoi'], ['vi thanh nien'], ['adolescent'], ['births', '15', '19']],
    unit: 'ratio',
    per: 1000,
    better: 'lower',
    milestones: [{ year: 2030, value: '18', bound: '<' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'ethnic-primary-completion',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ trẻ em trai, gái người dân tộc thiểu số hoàn thành giáo dục tiểu học', en: 'ethnic-minority boys and girls completing primary school' },
    match: [['hoan thanh', 'tieu hoc'], ['completing primary'], ['complete primary']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '99', bound: '>' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'ethnic-lower-secondary-completion',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ trẻ em trai, gái người dân tộc thiểu số hoàn thành giáo dục trung học cơ sở', en: 'ethnic-minority boys and girls completing lower secondary' },
    match: [['hoan thanh', 'trung hoc co so'], ['completing lower secondary'], ['complete lower secondary']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '90' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'women-vocational-students',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nữ trong số học viên tuyển mới giáo dục nghề nghiệp', en: 'women among new vocational-education students' },
    match: [['nu', 'tuyen moi', 'nghe nghiep'], ['women', 'vocational', 'students']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '40' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'women-masters-2030',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nữ thạc sĩ', en: 'women among masters' },
    match: [['nu thac sy'], ['nu thac si'], ['women', 'masters']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '50' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'women-doctors-2030',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ nữ tiến sĩ', en: 'women among doctors (PhD)' },
    match: [['nu tien sy'], ['nu tien si'], ['women', 'doctors'], ['women', 'phd']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '35' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'gender-knowledge-reach',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', en: 'population reached by basic gender-equality knowledge' },
    match: [['dan so', 'kien thuc', 'binh dang gioi'], ['population', 'gender equality knowledge']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '80' }],
    source: 'nq28-lang-son',
  },
  {
    id: 'broadcasters-gender-programme',
    strategy: '2021-2030',
    name: { vi: 'Tỷ lệ đài phát thanh, truyền hình ở trung ương và địa phương có chuyên mục về bình đẳng giới hằng tháng', en: 'provincial and local radio/TV stations with a monthly gender-equality programme' },
    match: [['dai', 'chuyen muc', 'binh dang gioi'], ['radio', 'gender equality']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2030, value: '100' }],
    source: 'nq28-lang-son',
  },

  // National Strategy 2011–2020 (Decision 2351/QĐ-TTg, 24 December 2010), as provinces adopted it.
  {
    id: 'women-party-committees',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nữ tham gia cấp ủy Đảng nhiệm kỳ 2016–2020', en: 'women in Party committees, term 2016–2020' },
    match: [['nu', 'cap uy'], ['women', 'party committees']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '25', bound: '>=' }],
    source: 'hd3002',
  },
  {
    id: 'women-deputies',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nữ đại biểu Quốc hội và Hội đồng nhân dân nhiệm kỳ 2016–2021', en: 'women deputies of the National Assembly and People’s Councils, term 2016–2021' },
    match: [['nu dai bieu'], ['dai bieu quoc hoi', 'nu'], ['hoi dong nhan dan', 'nu'], ['women deputies'], ['women', 'national assembly'], ['women', 'councils']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '35', bound: '>', provincial: '30' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'new-jobs-each-sex',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ mỗi giới trong tổng số người được tạo việc làm mới hằng năm', en: 'new jobs each year, for each sex' },
    match: [['viec lam moi'], ['new jobs']],
    unit: '%',
    better: 'higher',
    floorOnly: true,
    milestones: [{ year: 2020, value: '40', bound: '>=' }],
    source: 'na1046-hd3002',
  },
  {
    id: 'women-enterprise-owners',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nữ làm chủ doanh nghiệp', en: 'women owners of enterprises' },
    match: [['nu', 'chu doanh nghiep'], ['women', 'owners', 'enterprises'], ['women', 'business owners']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '35', provincial: '30' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'rural-women-vocational-training',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật', en: 'rural women under 45 with vocational / technical training' },
    match: [['nu', 'nong thon', 'dao tao nghe'], ['rural women', 'training']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '50', provincial: '30' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'sex-ratio-at-birth-2020',
    strategy: '2011-2020',
    name: { vi: 'Tỷ số giới tính khi sinh (số bé trai trên 100 bé gái)', en: 'sex ratio at birth (boys per 100 girls)' },
    match: [['ty so gioi tinh khi sinh'], ['sex ratio at birth']],
    unit: 'ratio',
    per: 100,
    better: 'lower',
    milestones: [{ year: 2015, value: '113', source: 'qd2351' }, { year: 2020, value: '115', provincial: '116' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'maternal-mortality-2020',
    strategy: '2011-2020',
    name: { vi: 'Tỷ số tử vong bà mẹ trên 100.000 trẻ đẻ sống', en: 'maternal mortality per 100,000 live births' },
    match: [['tu vong ba me'], ['tu vong me'], ['tu vong', 'ba me'], ['maternal mortality'], ['maternal deaths']],
    unit: 'ratio',
    per: 100000,
    better: 'lower',
    milestones: [{ year: 2020, value: '52' }],
    source: 'qd2351',
  },
  {
    id: 'hiv-mother-to-child-prevention',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ dự phòng lây truyền HIV từ mẹ sang con', en: 'pregnant women reached by mother-to-child HIV prevention' },
    match: [['hiv', 'me sang con'], ['hiv', 'mother to child'], ['hiv', 'mother-to-child']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '50', provincial: '95' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'abortions',
    strategy: '2011-2020',
    name: { vi: 'Tỷ số phá thai trên 100 trẻ đẻ sống', en: 'abortions per 100 live births' },
    match: [['pha thai'], ['abortion'], ['abortions']],
    unit: 'ratio',
    per: 100,
    better: 'lower',
    milestones: [{ year: 2020, value: '25', provincial: '15' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'women-masters-2020',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nữ thạc sĩ', en: 'women among masters' },
    match: [['nu thac sy'], ['nu thac si'], ['women', 'masters']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '40' }],
    source: 'hd3002',
  },
  {
    id: 'women-doctors-2020',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nữ tiến sĩ', en: 'women among doctors (PhD)' },
    match: [['nu tien sy'], ['nu tien si'], ['women', 'doctors'], ['women', 'phd']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '25', provincial: '20' }],
    source: 'qd2351-hd3002',
  },
  {
    id: 'housework-time-ratio',
    strategy: '2011-2020',
    name: { vi: 'Thời gian làm việc nhà của nữ so với nam (số lần)', en: 'housework time of women, times men’s' },
    match: [['cong viec', 'gia dinh', 'thoi gian'], ['cong viec nha'], ['viec nha'], ['housework']],
    unit: 'times',
    better: 'lower',
    milestones: [{ year: 2020, value: '2' }],
    source: 'hd3002',
  },
  {
    id: 'violence-victims-counselled',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ nạn nhân bạo lực gia đình được phát hiện được tư vấn', en: 'domestic-violence victims counselled' },
    match: [['nan nhan', 'bao luc', 'tu van'], ['victims', 'violence', 'counselled'], ['victims', 'violence', 'counseled']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '50' }],
    source: 'hd3002',
  },
  {
    id: 'violence-perpetrators-counselled-2020',
    strategy: '2011-2020',
    name: { vi: 'Tỷ lệ người gây bạo lực gia đình được phát hiện được tư vấn', en: 'domestic-violence perpetrators counselled' },
    match: [['nguoi gay bao luc', 'tu van'], ['perpetrators', 'counselled'], ['perpetrators', 'counseled']],
    unit: '%',
    better: 'higher',
    milestones: [{ year: 2020, value: '85' }],
    source: 'hd3002',
  },
];
