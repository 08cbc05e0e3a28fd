/** The add-in's entry: waits for Office, then renders the pane with Excel as its host. */
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { Pane } from '../ui/Pane';
import { strings } from '../ui/strings';
import { languageOf, rememberedLanguage, rememberLanguage, themeOf } from './environment';
import { OfficeHost } from './office-host';

/** A sync that takes longer than this is reported to the officer instead of spinning forever. */
const TIMEOUT_MS = 60_000;

function show(root: Root, theme: Theme, content: ReactNode): void {
  // The pane's whole height, not only the provider's box, takes Office's light or dark background.
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  root.render(
    <FluentProvider theme={theme}>
      <main>{content}</main>
    </FluentProvider>,
  );
}

function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  // office.js did not load (no network) or the page was opened outside Office.
  const outside = (lang = rememberedLanguage() ?? 'vi') => show(root, webLightTheme, <Text as="p">{strings[lang].outsideExcel}</Text>);
  if (typeof Office === 'undefined') return outside();
  void Office.onReady((info) => {
    const lang = rememberedLanguage() ?? languageOf(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') return outside(lang);
    const host = new OfficeHost({ excel: Excel, office: Office, timeoutMs: TIMEOUT_MS });
    show(root, themeOf(Office.context.officeTheme), <Pane host={host} lang={lang} onLangChange={rememberLanguage} />);
  });
}

start();
