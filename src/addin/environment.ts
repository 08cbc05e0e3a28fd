/** What the pane takes from Office at start: the theme and the display language. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Lang } from '../engine';

/** Vietnamese unless Office runs in another language we have (English); Vietnamese is the default. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}

/** Dark when Office says so, or, where `isDarkTheme` is missing, when its background is dark. */
export function themeOf(officeTheme: Partial<Office.OfficeTheme> | undefined): Theme {
  if (!officeTheme) return webLightTheme;
  if (typeof officeTheme.isDarkTheme === 'boolean') return officeTheme.isDarkTheme ? webDarkTheme : webLightTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(officeTheme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}

const LANG_KEY = 'soatBieu.lang';

/** The language the officer last chose in the pane, if any (storage can be blocked in Office's web view). */
export function rememberedLanguage(): Lang | undefined {
  try {
    const stored = window.localStorage.getItem(LANG_KEY);
    return stored === 'vi' || stored === 'en' ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered: the pane starts in Office's language next time.
  }
}
