/** The engine's public surface: everything the CLI, the add-in and the web page use. */
export { checkSheet, checkWorkbook } from './check';
export { render, renderFinding, renderNotice, formatNumber, messages } from './i18n';
export type { RenderedFinding } from './i18n';
export { cellAddress, columnLetters, parseCellAddress, parseRangeAddress, rangeAddress } from './address';
export { allRules } from './rules';
export { comparesToReference } from './reference';
export * from './types';
