import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { Finding, Report } from '../../src/engine';
import { HostError } from '../../src/ui/host';
import type { CheckHost, CheckResult } from '../../src/ui/host';
import { Pane } from '../../src/ui/Pane';

// Role queries skip their visibility check: with Fluent's CSS-in-JS it costs seconds per query in jsdom.
configure({ defaultHidden: true });
// Rendering Fluent in jsdom is slow on a busy machine.
jest.setTimeout(30_000);
const setupUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

const base = { rule: 'budget.totalRow', sheet: 'Kinh phí', tableId: 'T1', params: { rowName: 'Cộng', rows: 'I–V', column: 'Năm 2014' } };
const findings: Finding[] = [
  {
    ...base,
    id: 'F1',
    severity: 'error',
    messageId: 'budgetTotalRow',
    cell: 'D12',
    cells: ['D6', 'D8', 'D11'],
    expected: '1770',
    actual: '1750',
    difference: '20',
    explanation: { messageId: 'budgetCauseRowLeftOut', params: { amount: '20', rowName: 'V', cells: 'D11' } },
    fix: { cell: 'D12', value: '1770', formula: 'SUM(D6,D8,D11)' },
  },
  { ...base, id: 'F2', severity: 'error', messageId: 'budgetTotalRow', cell: 'D13', cells: [], expected: '3240', actual: '3220', causeId: 'F1', fix: { cell: 'D13', value: '3240' } },
  { ...base, id: 'F3', severity: 'warning', messageId: 'budgetTypedAmongFormulas', cell: 'E12', cells: [], params: { rowName: 'Cộng', formulas: '3' } },
  { ...base, id: 'F4', severity: 'info', messageId: 'budgetMissingNumber', cell: 'A9', cells: [], params: { rowName: 'Dự án 3', before: 'II', after: 'IV', number: 'III' } },
];

const report: Report = {
  tables: [
    {
      id: 'T1',
      sheet: 'Kinh phí',
      range: 'A4:R14',
      kind: 'budget',
      unit: 'triệu đồng',
      title: 'Kinh phí thực hiện',
      columns: [
        { col: 0, header: 'TT', role: 'number', address: 'A' },
        { col: 3, header: 'Năm 2014 / Trung ương', role: 'amount', year: 2014, source: 'central', scope: 'year', address: 'D' },
      ],
    },
  ],
  findings,
  notices: [],
  summary: { errors: 2, warnings: 1, info: 1 },
};

const result: CheckResult = { report, sheet: 'Kinh phí', address: 'A1:R20', scope: 'sheet', elapsedMs: 1234, checkedAt: new Date() };

function fakeHost(overrides: Partial<CheckHost> = {}) {
  let undoable = false;
  const host = {
    check: jest.fn(async () => result),
    select: jest.fn(async () => undefined),
    highlight: jest.fn(async () => undefined),
    fix: jest.fn(async (list: Finding[]) => {
      undoable = true;
      return { written: list.length, skipped: [] };
    }),
    undo: jest.fn(async () => {
      undoable = false;
      return { restored: 1, skipped: [] };
    }),
    canUndo: jest.fn(() => undoable),
    writeReport: jest.fn(async () => 'Soát biểu – báo cáo'),
    setLive: jest.fn(async () => undefined),
    insertTemplate: jest.fn(async () => 'Kinh phí (2)!A1:N8'),
    ...overrides,
  };
  return host;
}

function renderPane(host: CheckHost, lang: 'vi' | 'en' = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} lang={lang} />
    </FluentProvider>,
  );
}

async function checked(host: CheckHost, lang: 'vi' | 'en' = 'vi') {
  const user = setupUser();
  renderPane(host, lang);
  await user.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra' : 'Check' }));
  await screen.findByText(/D12: Dòng Cộng phải bằng|D12: Row Cộng|D12:/);
  return user;
}

describe('the pane', () => {
  it('shows the findings grouped by severity, with counts, values and explanation, consequences under their cause', async () => {
    const host = fakeHost();
    await checked(host);
    expect(host.check).toHaveBeenCalledWith({ overrides: [] });
    expect(screen.getByText('2 lỗi, 1 cảnh báo, 1 lưu ý', { exact: false })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lỗi: 1' })).toBeTruthy();
    const cause = screen.getByRole('listitem', { name: /^Lỗi D12/ });
    expect(within(cause).getByText('1.770')).toBeTruthy();
    expect(within(cause).getByText('1.750')).toBeTruthy();
    expect(within(cause).getByText(/Chênh lệch 20 đúng bằng dòng V/)).toBeTruthy();
    const consequences = within(cause).getByRole('list', { name: '1 hệ quả' });
    expect(within(consequences).getByRole('listitem', { name: /^Lỗi D13/ })).toBeTruthy();
    expect(screen.getByText('Kinh phí thực hiện (A4:R14)')).toBeTruthy();
  });

  it('filters by severity', async () => {
    const host = fakeHost();
    const user = await checked(host);
    expect(screen.getByRole('listitem', { name: /^Cảnh báo E12/ })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Cảnh báo (1)' }));
    expect(screen.queryByRole('listitem', { name: /^Cảnh báo E12/ })).toBeNull();
    expect(screen.getByRole('listitem', { name: /^Lưu ý A9/ })).toBeTruthy();
  });

  it('selects the cell and its related cells when a finding is clicked', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(screen.getByRole('button', { name: /^Chọn ô D12/ }));
    expect(host.select).toHaveBeenCalledWith('Kinh phí', ['D12', 'D6', 'D8', 'D11']);
  });

  it('fixes one finding or all totals (root fixes only) in the chosen mode, re-checks, and undoes', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(screen.getByRole('button', { name: 'Sửa ô D12' }));
    expect(host.fix).toHaveBeenLastCalledWith([findings[0]], 'value');
    await screen.findByText('Đã sửa 1 ô.');
    expect(host.check).toHaveBeenCalledTimes(2);

    // "Fix all" writes root findings only: D13 is a consequence of D12 and is right once D12 is.
    await user.click(screen.getByRole('radio', { name: 'Ghi công thức SUM cả vào ô gõ số' }));
    expect(screen.queryByRole('button', { name: 'Sửa ô D13' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sửa tất cả (1)' }));
    expect(host.fix).toHaveBeenLastCalledWith([findings[0]], 'formula');

    const undo = screen.getByRole('button', { name: 'Hoàn tác' });
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    await user.click(undo);
    expect(host.undo).toHaveBeenCalledTimes(1);
    await screen.findByText('Đã khôi phục 1 ô.');
  });

  it('points to Ctrl+Z where Excel’s own undo holds the fixes, and says when a write waits for Excel', async () => {
    let tellWaiting: (waiting: boolean) => void = () => undefined;
    const host = fakeHost({ undoInHost: () => true, onWaiting: (listener: (waiting: boolean) => void) => void (tellWaiting = listener) });
    await checked(host);
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(screen.getByText(/nhấn Ctrl\+Z \(Hoàn tác\) trong Excel/)).toBeTruthy();
    act(() => tellWaiting(true));
    expect(await screen.findByText(/Đang chờ Excel/)).toBeTruthy();
    act(() => tellWaiting(false));
    await waitFor(() => expect(screen.queryByText(/Đang chờ Excel/)).toBeNull());
  });

  it('switches to English', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByText('2 errors, 1 warnings, 1 notes', { exact: false })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Warnings (1)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
  });

  it('re-checks with the officer’s column role and table range', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vai trò cột D (Năm 2014 / Trung ương)' }), 'note');
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(2));
    expect(host.check).toHaveBeenLastCalledWith({ overrides: [{ sheet: 'Kinh phí', range: 'A4:R14', columns: [{ col: 3, role: 'note' }] }] });

    const range = screen.getByRole('textbox', { name: 'Vùng của bảng A4:R14' });
    await user.clear(range);
    await user.type(range, 'a4:r13');
    await user.click(screen.getByRole('button', { name: 'Áp dụng vùng' }));
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(3));
    expect(host.check).toHaveBeenLastCalledWith({ overrides: [{ sheet: 'Kinh phí', range: 'A4:R13', columns: [{ col: 3, role: 'note' }] }] });
  });

  it('turns highlighting on and off, and shows the host’s errors in the officer’s language', async () => {
    const host = fakeHost({ writeReport: jest.fn(async () => Promise.reject(new HostError('protected', { sheet: 'Kinh phí' }))) });
    const user = await checked(host);
    const toggle = screen.getByRole('switch', { name: 'Tô màu các ô có phát hiện' });
    await user.click(toggle);
    expect(host.highlight).toHaveBeenLastCalledWith(findings);
    await user.click(toggle);
    expect(host.highlight).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('button', { name: 'Tạo trang báo cáo' }));
    await screen.findByText(/Trang tính “Kinh phí” đang được bảo vệ/);
  });

  it('re-checks when the live option is on and the host reports a change', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi trang tính thay đổi' }));
    expect(host.setLive).toHaveBeenLastCalledWith(true, expect.any(Function));
    const onChange = jest.mocked(host.setLive).mock.calls[0][1];
    onChange();
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi trang tính thay đổi' }));
    expect(host.setLive).toHaveBeenLastCalledWith(false, expect.any(Function));
  });

  it('works from the keyboard', async () => {
    const host = fakeHost();
    const user = setupUser();
    renderPane(host);
    const check = screen.getByRole('button', { name: 'Kiểm tra' });
    // The language choice is one tab stop; the Check button comes next.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    await user.tab();
    expect(document.activeElement).toBe(check);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(1));
    const go = await screen.findByRole('button', { name: /^Chọn ô D12/ });
    go.focus();
    await user.keyboard('{Enter}');
    expect(host.select).toHaveBeenCalledWith('Kinh phí', ['D12', 'D6', 'D8', 'D11']);
  });

  it('offers only what the host can do', async () => {
    await checked({ check: jest.fn(async () => result) }, 'en');
    expect(screen.queryByRole('button', { name: /Fix/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
    expect((screen.getByRole('button', { name: /^Select cell D12/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('inserts a template with the years and sources chosen', async () => {
    const host = fakeHost();
    const user = setupUser();
    renderPane(host, 'en');
    await user.click(screen.getByRole('button', { name: 'Insert a template' }));
    const from = screen.getByRole('spinbutton', { name: 'From year' });
    const to = screen.getByRole('spinbutton', { name: 'To year' });
    await user.clear(from);
    await user.type(from, '2026');
    await user.clear(to);
    await user.type(to, '2028');
    await user.click(screen.getByRole('checkbox', { name: 'Other source' }));
    await user.click(screen.getByRole('button', { name: 'Insert' }));
    expect(host.insertTemplate).toHaveBeenCalledWith({ kind: 'budget', years: [2026, 2027, 2028], sources: ['central', 'local', 'other'], rows: 5, placement: 'newSheet' });
    await screen.findByText('Inserted the template at Kinh phí (2)!A1:N8.');
  });
});
