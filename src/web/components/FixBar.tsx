/**
 * Fixing into the corrected copy and taking files away: the fix mode (value or SUM formula), fix
 * all, undo, the corrected copy and the report downloads.
 */
import { Button, Field, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import type { Finding, Lang } from '../../engine';
import type { FixMode } from '../../ui/host';
import { strings } from '../../ui/strings';
import { webStrings } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

export interface FixBarProps {
  lang: Lang;
  busy: boolean;
  mode: FixMode;
  onModeChange: (mode: FixMode) => void;
  fixable: Finding[];
  canUndo: boolean;
  onFix: (findings: Finding[]) => void;
  onUndo: () => void;
  /** Present once a corrected copy exists. */
  onDownloadCorrected: (() => void) | undefined;
  onDownloadCsv: () => void;
  onDownloadHtml: () => void;
}

export function FixBar(props: FixBarProps): JSX.Element {
  const styles = useStyles();
  const t = strings[props.lang];
  const w = webStrings[props.lang];
  return (
    <section className={styles.bar} aria-label={w.downloads}>
      <Field label={t.fixMode}>
        <RadioGroup layout="horizontal" value={props.mode} onChange={(_, data) => props.onModeChange(data.value as FixMode)}>
          <Radio value="value" label={t.fixModeValue} />
          <Radio value="formula" label={t.fixModeFormula} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={props.busy || props.fixable.length === 0} onClick={() => props.onFix(props.fixable)} data-testid="fix-all">
          {t.fixAll(props.fixable.length)}
        </Button>
        <Button disabled={props.busy || !props.canUndo} onClick={props.onUndo} data-testid="undo">
          {t.undo}
        </Button>
        {props.onDownloadCorrected && (
          <Button appearance="primary" onClick={props.onDownloadCorrected} data-testid="download-corrected">
            {w.downloadCorrected}
          </Button>
        )}
      </div>
      <div className={styles.buttons}>
        <Button size="small" onClick={props.onDownloadCsv} data-testid="download-csv">
          {w.downloadReportCsv}
        </Button>
        <Button size="small" onClick={props.onDownloadHtml} data-testid="download-html">
          {w.downloadReportHtml}
        </Button>
      </div>
    </section>
  );
}
