import type { Catalog } from '../catalog';

/** Messages of the value rules (src/engine/rules/values): how cells are written, units, targets. */
export const values: Catalog = {
  vi: {},
  en: {},
};
