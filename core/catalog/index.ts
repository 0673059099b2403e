import type { AreaCode, Catalog, CatalogAction, CatalogArea, CatalogIndicator } from "./types.js";

export * from "./types.js";
export { LAMPIRAN_I } from "./lampiran1.js";

/** An action with the indicator and area it belongs to. */
export interface ActionEntry {
  area: CatalogArea;
  indicator: CatalogIndicator;
  action: CatalogAction;
}

export function actionEntries(catalog: Catalog): ActionEntry[] {
  return catalog.areas.flatMap((area) =>
    area.indicators.flatMap((indicator) => indicator.actions.map((action) => ({ area, indicator, action }))),
  );
}

export function indicatorEntries(catalog: Catalog): { area: CatalogArea; indicator: CatalogIndicator }[] {
  return catalog.areas.flatMap((area) => area.indicators.map((indicator) => ({ area, indicator })));
}

interface CatalogIndex {
  areas: Map<string, CatalogArea>;
  indicators: Map<string, CatalogIndicator>;
  actions: Map<string, ActionEntry>;
}

// Readers look ids up row by row; the index is built once per catalog object.
const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = {
      areas: new Map(catalog.areas.map((a) => [a.code, a])),
      indicators: new Map(indicatorEntries(catalog).map((e) => [e.indicator.id, e.indicator])),
      actions: new Map(actionEntries(catalog).map((e) => [e.action.id, e])),
    };
    indexes.set(catalog, index);
  }
  return index;
}

export function findArea(catalog: Catalog, code: string): CatalogArea | undefined {
  return indexOf(catalog).areas.get(code);
}

export function findIndicator(catalog: Catalog, id: string): CatalogIndicator | undefined {
  return indexOf(catalog).indicators.get(id);
}

export function findAction(catalog: Catalog, id: string): ActionEntry | undefined {
  return indexOf(catalog).actions.get(id);
}

/** "PW.4.2" -> "PW.4"; "PW.4" -> "PW"; "PW" -> "PW". */
export function parentId(id: string): string {
  const i = id.lastIndexOf(".");
  return i < 0 ? id : id.slice(0, i);
}

export function areaCodeOf(id: string): AreaCode {
  return id.split(".")[0] as AreaCode;
}

/** The Lampiran writes "SKPD" where each Perangkat Daerah puts its own name. */
export function withAgency(text: string, agency: string): string {
  const name = agency.trim();
  return name ? text.replace(/(?<![-\w])SKPD(?![-\w])/g, name.toUpperCase()) : text;
}
