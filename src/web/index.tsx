/** The standalone web checker's entry: Vietnamese by default, English on request. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../engine';
import { App } from './App';
import { webStrings } from './strings';

function Root(): JSX.Element {
  const [lang, setLang] = React.useState<Lang>('vi');
  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.title = webStrings[lang].pageTitle;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} onLangChange={setLang} />
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
