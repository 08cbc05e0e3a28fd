/**
 * A plain ARIA tab list (one tab stop; the arrow keys, Home and End move between tabs and select).
 * Fluent's TabList adds focus-trap helper elements that are focusable yet aria-hidden, which axe
 * reports as a serious violation; the page needs nothing more than this.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', columnGap: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    appearance: 'none',
    border: 'none',
    background: 'none',
    padding: '6px 10px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    borderBottom: '3px solid transparent',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
  detail: { marginLeft: '6px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  alert: { color: tokens.colorPaletteRedForeground1 },
});

export interface TabItem {
  value: string;
  label: string;
  /** Shown after the label, part of the tab's name (a sheet's error and warning counts). */
  detail?: string;
  /** Marks the detail as holding errors or warnings. */
  alert?: boolean;
}

export function Tabs(props: { label: string; items: TabItem[]; selected: string | undefined; onSelect: (value: string) => void; testId: string }): JSX.Element {
  const styles = useStyles();
  const refs = React.useRef(new Map<string, HTMLButtonElement>());
  const index = Math.max(0, props.items.findIndex((item) => item.value === props.selected));

  const onKeyDown = (event: React.KeyboardEvent) => {
    const last = props.items.length - 1;
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const item = props.items[(target + props.items.length) % props.items.length];
    props.onSelect(item.value);
    refs.current.get(item.value)?.focus();
  };

  return (
    <div role="tablist" aria-label={props.label} className={styles.list} onKeyDown={onKeyDown} data-testid={props.testId}>
      {props.items.map((item, i) => (
        <button
          key={item.value}
          ref={(element) => {
            if (element) refs.current.set(item.value, element);
            else refs.current.delete(item.value);
          }}
          type="button"
          role="tab"
          aria-selected={i === index}
          tabIndex={i === index ? 0 : -1}
          className={mergeClasses(styles.tab, i === index && styles.selected)}
          onClick={() => props.onSelect(item.value)}
        >
          {item.label}
          {item.detail !== undefined && (
            <span className={mergeClasses(styles.detail, item.alert && styles.alert)} data-testid="tab-detail">
              ({item.detail})
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
