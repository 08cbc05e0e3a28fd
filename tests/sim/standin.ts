/**
 * The Office.js stand-in the simulator injects where taskpane.html loads office.js from Microsoft's
 * CDN: an `Office` and an `Excel` global backed by the project's fake Excel (tests/addin/fake-excel.ts),
 * plus what the pane reads at start (host, display language, theme). Real office.js talks to Excel
 * over an undocumented channel that cannot be simulated, so the stand-in replaces it whole.
 * Test and development code only: the production bundle still loads office.js from the CDN.
 */
import type { FakeWorkbook } from '../addin/fake-excel';

export interface StandInOptions {
  /** `Office.context.displayLanguage`, e.g. `vi-VN` or `en-US`. */
  displayLanguage: string;
  /** Office's dark theme (`officeTheme.isDarkTheme`) or its light one. */
  dark: boolean;
  /** Called after every `Excel.run` settles, so the simulated sheet can show what changed. */
  onBatch(): void;
}

/** Colours of Office's “Colorful” (light) and “Black” (dark) themes, as `Office.context.officeTheme` gives them. */
const THEMES = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626', isDarkTheme: false },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#F0F0F0', isDarkTheme: true },
};

/** The `Office` and `Excel` globals for a pane opened on `book`. */
export function officeStandIn(book: FakeWorkbook, options: StandInOptions) {
  const base = book.office();
  const excel = {
    run: async (...args: unknown[]) => {
      try {
        return await (book.excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        options.onBatch();
      }
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    context: {
      ...base.context,
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      officeTheme: options.dark ? THEMES.dark : THEMES.light,
    },
    /** Like office.js: resolves once, after the page's scripts ran; the callback gets the same info. */
    onReady(callback?: (ready: typeof info) => void) {
      return new Promise<typeof info>((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
  };
  return { office, excel };
}
