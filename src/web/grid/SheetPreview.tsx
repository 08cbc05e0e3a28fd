/**
 * A read-only, windowed preview of one sheet: only the rows and columns in view are in the DOM, so a
 * 100,000-row sheet scrolls as lightly as a 20-row one. Flagged cells carry their severity (colour,
 * a corner mark and hidden text for screen readers). It is one tab stop: the arrow keys move the
 * selected cell, Enter opens the findings at it.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetters } from '../../engine';
import type { CellRange, SheetGrid, Severity } from '../../engine';
import {
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  cellAt,
  displayText,
  measure,
  mergeIndex,
  scrollToReveal,
  visibleWindow,
} from './geometry';
import type { NumberShown, Viewport } from './geometry';

export interface CellPosition {
  row: number;
  col: number;
}

export interface SheetPreviewProps {
  grid: SheetGrid;
  /** The worst severity flagged at each cell, by A1 address. */
  marks: ReadonlyMap<string, Severity>;
  selected: CellPosition | undefined;
  onSelect: (cell: CellPosition) => void;
  /** Enter on the selected cell, or a click on a flagged cell. */
  onOpen: (cell: CellPosition) => void;
  label: string;
  severityLabels: Record<Severity, string>;
  /** How numbers are shown (geometry.ts displayText); as JavaScript writes them until it is given. */
  shown?: NumberShown;
}

const VIEW_HEIGHT = 420;

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    height: `max(${VIEW_HEIGHT}px, calc(100vh - 260px))`,
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: '12px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  row: { position: 'absolute', left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: '100%',
    padding: '0 4px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    zIndex: 2,
    cursor: 'default',
  },
  corner: { zIndex: 3 },
  error: { backgroundColor: '#fde7e9', boxShadow: 'inset 3px 0 0 #c50f1f' },
  warning: { backgroundColor: '#fff4ce', boxShadow: 'inset 3px 0 0 #8a5d00' },
  info: { backgroundColor: '#e8f2fc', boxShadow: 'inset 3px 0 0 #0f6cbd' },
  selected: { outline: '2px solid #0f6cbd', outlineOffset: '-2px', zIndex: 1 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export function SheetPreview(props: SheetPreviewProps): JSX.Element {
  const { grid, marks, selected, onSelect, onOpen, shown } = props;
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const idPrefix = React.useId().replace(/:/g, '');
  const geometry = React.useMemo(() => measure(grid, shown), [grid, shown]);
  const merges = React.useMemo(() => mergeIndex(grid.merges), [grid]);
  const [viewport, setViewport] = React.useState<Viewport>({ top: 0, left: 0, width: 800, height: VIEW_HEIGHT });

  const readViewport = React.useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    setViewport({
      top: element.scrollTop,
      left: element.scrollLeft,
      width: Math.max(0, element.clientWidth - ROW_HEADER_WIDTH),
      height: Math.max(0, element.clientHeight - HEADER_HEIGHT),
    });
  }, []);

  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (element) {
      element.scrollTop = 0;
      element.scrollLeft = 0;
    }
    readViewport();
  }, [grid, readViewport]);

  React.useEffect(() => {
    window.addEventListener('resize', readViewport);
    return () => window.removeEventListener('resize', readViewport);
  }, [readViewport]);

  // Bring the selected cell into view whenever it changes, whoever changed it.
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !selected) return;
    const current: Viewport = {
      top: element.scrollTop,
      left: element.scrollLeft,
      width: Math.max(0, element.clientWidth - ROW_HEADER_WIDTH),
      height: Math.max(0, element.clientHeight - HEADER_HEIGHT),
    };
    const target = scrollToReveal(geometry, current, selected.row, selected.col);
    if (target.top !== current.top || target.left !== current.left) {
      element.scrollTop = target.top;
      element.scrollLeft = target.left;
    }
    readViewport();
  }, [selected, geometry, readViewport]);

  const window_ = visibleWindow(geometry, viewport);
  const cellId = (row: number, col: number) => `${idPrefix}-r${row}-c${col}`;
  const anchorOf = (row: number, col: number): CellRange | undefined => merges.get(`${row}:${col}`);
  const activeCell = selected && (anchorOf(selected.row, selected.col) ?? { top: selected.row, left: selected.col });

  const move = (event: React.KeyboardEvent) => {
    const from = selected ?? { row: grid.origin.row, col: grid.origin.col };
    const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 1);
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-page, 0],
      PageDown: [page, 0],
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(from);
      return;
    }
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const row = Math.min(geometry.rowCount - 1, Math.max(0, from.row + step[0]));
    const col = Math.min(geometry.colCount - 1, Math.max(0, from.col + step[1]));
    onSelect({ row, col });
  };

  const x = (col: number) => ROW_HEADER_WIDTH + geometry.columnStarts[col];
  const y = (row: number) => HEADER_HEIGHT + row * ROW_HEIGHT;
  // Headers ride along with the scroll so they stay in view (sticky positioning does not mix with
  // absolutely placed cells).
  const headerTop = viewport.top;
  const headerLeft = viewport.left;

  const renderCell = (row: number, col: number, area: CellRange | undefined, top = 0) => {
    const address = cellAddress(row, col);
    const cell = cellAt(grid, row, col);
    const severity = marks.get(address);
    const text = displayText(cell, shown);
    const isSelected = activeCell !== undefined && activeCell.top === row && activeCell.left === col;
    const width = area ? geometry.columnStarts[area.right + 1] - geometry.columnStarts[area.left] : geometry.columnStarts[col + 1] - geometry.columnStarts[col];
    const height = area ? (area.bottom - area.top + 1) * ROW_HEIGHT : ROW_HEIGHT;
    return (
      <div
        key={col}
        id={cellId(row, col)}
        role="gridcell"
        aria-colindex={col + 2}
        aria-selected={isSelected}
        title={cell?.formula ? `${address}: =${cell.formula}` : undefined}
        data-cell={address}
        data-severity={severity}
        className={mergeClasses(
          styles.cell,
          typeof cell?.value === 'number' && styles.number,
          severity && styles[severity],
          isSelected && styles.selected,
        )}
        style={{ left: x(col), top, width, height }}
        onClick={() => {
          onSelect({ row, col });
          if (severity) onOpen({ row, col });
        }}
      >
        {text}
        {severity && <span className={styles.hidden}> ({props.severityLabels[severity]})</span>}
      </div>
    );
  };

  const rows: JSX.Element[] = [];
  for (let row = window_.firstRow; row <= window_.lastRow; row++) {
    const cells: JSX.Element[] = [];
    for (let col = window_.firstCol; col <= window_.lastCol; col++) {
      const area = anchorOf(row, col);
      if (!area) {
        cells.push(renderCell(row, col, undefined));
        continue;
      }
      // A merged area is drawn once, at its top-left, from the first row and column of it in view.
      const firstVisibleRow = Math.max(area.top, window_.firstRow);
      const firstVisibleCol = Math.max(area.left, window_.firstCol);
      if (row === firstVisibleRow && col === firstVisibleCol) {
        cells.push(renderCell(area.top, area.left, area, (area.top - row) * ROW_HEIGHT));
      }
    }
    rows.push(
      <div key={row} role="row" aria-rowindex={row + 2} className={styles.row} style={{ top: y(row), width: x(geometry.colCount) }}>
        <div
          role="rowheader"
          aria-colindex={1}
          className={mergeClasses(styles.cell, styles.header)}
          style={{ left: headerLeft, width: ROW_HEADER_WIDTH }}
        >
          {row + 1}
        </div>
        {cells}
      </div>,
    );
  }

  const columnHeaders: JSX.Element[] = [];
  for (let col = window_.firstCol; col <= window_.lastCol; col++) {
    columnHeaders.push(
      <div
        key={col}
        role="columnheader"
        aria-colindex={col + 2}
        className={mergeClasses(styles.cell, styles.header)}
        style={{ left: x(col), width: geometry.columnStarts[col + 1] - geometry.columnStarts[col] }}
      >
        {columnLetters(col)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={props.label}
      aria-readonly
      aria-rowcount={geometry.rowCount + 1}
      aria-colcount={geometry.colCount + 1}
      aria-activedescendant={activeCell ? cellId(activeCell.top, activeCell.left) : undefined}
      tabIndex={0}
      className={styles.scroller}
      onScroll={readViewport}
      onKeyDown={move}
      data-testid="sheet-preview"
    >
      <div style={{ position: 'relative', width: x(geometry.colCount), height: y(geometry.rowCount) }}>
        {rows}
        <div role="row" aria-rowindex={1} className={styles.row} style={{ top: headerTop, width: x(geometry.colCount), zIndex: 2 }}>
          <div
            role="columnheader"
            aria-colindex={1}
            aria-label={props.label}
            className={mergeClasses(styles.cell, styles.header, styles.corner)}
            style={{ left: headerLeft, width: ROW_HEADER_WIDTH }}
          />
          {columnHeaders}
        </div>
      </div>
    </div>
  );
}
