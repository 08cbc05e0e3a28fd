import type { Catalog } from '../catalog';

/** Messages of the budget rules (src/engine/rules/budget). */
export const budget: Catalog = {
  vi: {},
  en: {},
};
