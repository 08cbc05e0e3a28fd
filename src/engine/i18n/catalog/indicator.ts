import type { Catalog } from '../catalog';

/** Messages of the indicator rules (src/engine/rules/indicator). */
export const indicator: Catalog = {
  vi: {},
  en: {},
};
