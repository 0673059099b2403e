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

export function findArea(catalog: Catalog, code: string): CatalogArea | undefined {
  return catalog.areas.find((a) => a.code === code);
}

export function findIndicator(catalog: Catalog, id: string): CatalogIndicator | undefined {
  const area = findArea(catalog, id.split(".")[0]);
  return area?.indicators.find((i) => i.id === id);
}

export function findAction(catalog: Catalog, id: string): ActionEntry | undefined {
  return actionEntries(catalog).find((e) => e.action.id === id);
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
