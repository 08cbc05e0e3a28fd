/** Insert a blank budget table or indicator grid with its totals already as formulas. */
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { FundingSource, Lang } from '../engine';
import type { TemplateSpec } from './host';
import { strings } from './strings';

const SOURCES: FundingSource[] = ['total', 'central', 'local', 'other'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '6px' },
  row: { display: 'flex', columnGap: '8px' },
});

export function TemplateForm({ lang, onInsert, busy }: { lang: Lang; onInsert(spec: TemplateSpec): void; busy?: boolean }) {
  const styles = useStyles();
  const s = strings[lang];
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<TemplateSpec['kind']>('budget');
  const [from, setFrom] = useState(String(thisYear + 1));
  const [to, setTo] = useState(String(thisYear + 3));
  const [rows, setRows] = useState('5');
  const [sources, setSources] = useState<FundingSource[]>(['central', 'local']);
  const [placement, setPlacement] = useState<TemplateSpec['placement']>('newSheet');
  const first = Number(from);
  const last = Number(to);
  const count = Number(rows);
  const valid = Number.isInteger(first) && Number.isInteger(last) && first >= 1900 && last >= first && last - first < 20 && Number.isInteger(count) && count >= 1 && count <= 200 && (kind === 'indicator' || sources.some((x) => x !== 'total'));

  const submit = () =>
    onInsert({ kind, years: Array.from({ length: last - first + 1 }, (_, i) => first + i), sources: SOURCES.filter((x) => sources.includes(x)), rows: count, placement });

  return (
    <div className={styles.form}>
      <Field label={s.templateKind}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as TemplateSpec['kind'])}>
          <Radio value="budget" label={s.templateBudget} />
          <Radio value="indicator" label={s.templateIndicator} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field label={s.templateFromYear}><Input type="number" value={from} onChange={(_, d) => setFrom(d.value)} /></Field>
        <Field label={s.templateToYear}><Input type="number" value={to} onChange={(_, d) => setTo(d.value)} /></Field>
        <Field label={s.templateRows}><Input type="number" value={rows} onChange={(_, d) => setRows(d.value)} /></Field>
      </div>
      {kind === 'budget' && (
        <div role="group" aria-label={s.templateSources}>
          {SOURCES.map((source) => (
            <Checkbox
              key={source}
              label={s.source[source]}
              checked={sources.includes(source)}
              onChange={(_, data) => setSources(data.checked ? [...sources, source] : sources.filter((x) => x !== source))}
            />
          ))}
        </div>
      )}
      <Field label={s.templatePlacement}>
        <RadioGroup value={placement} onChange={(_, data) => setPlacement(data.value as TemplateSpec['placement'])}>
          <Radio value="newSheet" label={s.templateNewSheet} />
          <Radio value="selection" label={s.templateAtSelection} />
        </RadioGroup>
      </Field>
      <Button onClick={submit} disabled={busy || !valid}>{s.templateInsert}</Button>
    </div>
  );
}
