/** The findings at one cell of the preview: what a click on a marked cell (or Enter on it) shows. */
import { Badge, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { renderFinding } from '../../engine';
import type { Finding, Lang } from '../../engine';
import { strings } from '../../ui/strings';
import { webStrings } from '../strings';

const useStyles = makeStyles({
  panel: {
    marginTop: '8px',
    padding: '8px 12px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function CellFindings(props: { cell: string; findings: Finding[]; lang: Lang }): JSX.Element {
  const styles = useStyles();
  const t = strings[props.lang];
  const w = webStrings[props.lang];
  return (
    <section className={styles.panel} aria-live="polite" aria-labelledby="cell-findings-heading" data-testid="cell-findings">
      <Subtitle2 as="h2" id="cell-findings-heading">
        {w.cellFindings(props.cell)}
      </Subtitle2>
      {props.findings.length === 0 && <Text>{w.noFindingsAtCell(props.cell)}</Text>}
      {props.findings.map((finding) => {
        const rendered = renderFinding(finding, props.lang);
        return (
          <div key={finding.id}>
            <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
              {t.severity[finding.severity]}
            </Badge>{' '}
            <Text>{rendered.message}</Text>
            {rendered.explanation && (
              <Text block size={200}>
                {rendered.explanation}
              </Text>
            )}
          </div>
        );
      })}
    </section>
  );
}
