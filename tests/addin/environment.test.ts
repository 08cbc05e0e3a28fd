import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { languageOf, themeOf } from '../../src/addin/environment';
import { freeSheetName } from '../../src/addin/report-sheet';
import { workbookName } from '../../src/addin/office-host';

describe('what the pane takes from Office', () => {
  it('speaks Vietnamese unless Office runs in English', () => {
    expect(languageOf('vi-VN')).toBe('vi');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('fr-FR')).toBe('vi');
    expect(languageOf(undefined)).toBe('vi');
  });

  it('follows the Office theme, from isDarkTheme or else the background colour', () => {
    expect(themeOf({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(themeOf({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe(webLightTheme);
    expect(themeOf({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(themeOf({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeOf(undefined)).toBe(webLightTheme);
  });

  it('names the workbook from its URL', () => {
    expect(workbookName('https://x/Shared%20Documents/K%E1%BA%BF%20ho%E1%BA%A1ch.xlsx?web=1')).toBe('Kế hoạch.xlsx');
    expect(workbookName('C:\\Users\\a\\Kinh phí.xlsx')).toBe('Kinh phí.xlsx');
    expect(workbookName(undefined)).toBeUndefined();
  });

  it('keeps report sheet names within Excel’s 31 characters, case-insensitively unique', () => {
    expect(freeSheetName(['SOÁT BIỂU – BÁO CÁO'])).toBe('Soát biểu – báo cáo (2)');
    const long = 'A very long sheet name of 31 ch';
    expect(freeSheetName([long], long)).toBe('A very long sheet name of 3 (2)');
    expect(freeSheetName([long], long)).toHaveLength(31);
  });
});
