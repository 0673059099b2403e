import type { Catalog } from "../../core/index.js";

/** The catalog with every area's indicators repeated `factor` times under new ids (for call-count budgets). */
export function scaleCatalog(catalog: Catalog, factor: number): Catalog {
  return {
    ...catalog,
    areas: catalog.areas.map((area) => ({
      ...area,
      indicators: Array.from({ length: factor }, (_, k) =>
        area.indicators.map((ind) => {
          const no = ind.no + k * area.indicators.length;
          return {
            ...ind,
            id: `${area.code}.${no}`,
            no,
            actions: ind.actions.map((a) => ({ ...a, id: `${area.code}.${no}.${a.no}` })),
          };
        }),
      ).flat(),
    })),
  };
}
