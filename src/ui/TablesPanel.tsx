/** The tables the engine found, with the column roles the officer can correct. */
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ColumnRole, Lang, TableSummary } from '../engine';
import { strings } from './strings';

export const ROLES: ColumnRole[] = ['number', 'name', 'unit', 'baseline', 'target', 'result', 'agency', 'amount', 'note', 'other'];

const useStyles = makeStyles({
  table: { padding: '6px', marginTop: '6px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  columns: { listStyleType: 'none', margin: 0, paddingLeft: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  row: { display: 'flex', columnGap: '6px', alignItems: 'end' },
});

export interface TablesPanelProps {
  tables: TableSummary[];
  lang: Lang;
  /** The officer set a column's role; the pane reruns the check with it. */
  onRoleChange(table: TableSummary, col: number, role: ColumnRole): void;
  /** The officer set the table's range. */
  onRangeChange(table: TableSummary, range: string): void;
  busy?: boolean;
}

export function TablesPanel({ tables, lang, onRoleChange, onRangeChange, busy }: TablesPanelProps) {
  const styles = useStyles();
  const s = strings[lang];
  if (tables.length === 0) return null;
  return (
    <section aria-labelledby="tables-heading">
      <Text as="h2" id="tables-heading" weight="semibold" size={400}>{s.tables}</Text>
      {tables.map((table) => (
        <div key={table.id} className={styles.table}>
          <Text as="h3" weight="semibold">{`${s.tableKind[table.kind]}${table.title ? ` – ${table.title}` : ''}`}</Text>
          <Text as="p" size={200}>{`${s.range}: ${table.range}${table.unit ? ` · ${s.unit}: ${table.unit}` : ''}`}</Text>
          <RangeEditor table={table} lang={lang} onApply={(range) => onRangeChange(table, range)} busy={busy} />
          <Text as="h4" size={300}>{s.columns}</Text>
          <ul className={styles.columns} role="list">
            {table.columns.map((column) => (
              <li key={column.col}>
                <Field label={s.columnRole(column.address, column.header)} size="small">
                  <Select
                    size="small"
                    value={column.role}
                    disabled={busy}
                    onChange={(_, data) => onRoleChange(table, column.col, data.value as ColumnRole)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {s.role[role]}
                        {column.role === role && column.year ? ` ${column.year}` : ''}
                        {column.role === role && column.source ? ` – ${s.source[column.source]}` : ''}
                      </option>
                    ))}
                  </Select>
                </Field>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function RangeEditor({ table, lang, onApply, busy }: { table: TableSummary; lang: Lang; onApply(range: string): void; busy?: boolean }) {
  const styles = useStyles();
  const s = strings[lang];
  const [range, setRange] = useState(table.range);
  const valid = /^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(range.trim());
  return (
    <div className={styles.row}>
      <Field label={s.tableRangeLabel(table.range)} size="small" validationState={valid ? 'none' : 'error'}>
        <Input size="small" value={range} onChange={(_, data) => setRange(data.value)} />
      </Field>
      <Button size="small" disabled={busy || !valid || range.trim() === table.range} onClick={() => onApply(range.trim().toUpperCase())}>
        {s.applyRange}
      </Button>
    </div>
  );
}
