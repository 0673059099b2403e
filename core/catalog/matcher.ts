// The catalog prepared for matching hand-typed plans: every area, indicator and action with all
// the spellings that mean it (text, the source's own spelling, variants, the text without its
// parenthesised part), built once per catalog object.

import { actionEntries, type ActionEntry } from "./index.js";
import { assignMatches, bestMatch, prepareText, type Candidate, type Match, type Prepared } from "./match.js";
import type { AreaCode, Catalog, CatalogArea, CatalogIndicator, CatalogText } from "./types.js";

/** Scores a typed text must reach: inside its own indicator a looser one, anywhere else a strict one. */
export const MATCH_THRESHOLD = { area: 0.85, indicatorInArea: 0.78, indicator: 0.85, actionInIndicator: 0.75, action: 0.85 } as const;

export interface CatalogMatcher {
  catalog: Catalog;
  areaOf: Map<string, CatalogArea>;
  indicatorOf: Map<string, { area: CatalogArea; indicator: CatalogIndicator }>;
  actionOf: Map<string, ActionEntry>;
  /** Areas by their titles; result areas also by their labels, searched in the result section only. */
  areas: Candidate<CatalogArea>[];
  resultAreas: Candidate<CatalogArea>[];
  indicators: Candidate<CatalogIndicator>[];
  indicatorsByArea: Map<AreaCode, Candidate<CatalogIndicator>[]>;
  actions: Candidate<ActionEntry>[];
  actionsByIndicator: Map<string, Candidate<ActionEntry>[]>;
  actionsByArea: Map<AreaCode, Candidate<ActionEntry>[]>;
}

function spellings(t: CatalogText, extra: string[] = []): Prepared[] {
  const texts = [t.text, t.original, ...(t.variants ?? []), ...extra].filter((s): s is string => !!s);
  // "Penerapan Sistem Pengawasan Internal Pemerintah (SPIP)" is also typed without "(SPIP)".
  for (const s of [...texts]) {
    const bare = s.replace(/\s*\([^)]*\)/g, "").trim();
    if (bare && bare !== s) texts.push(bare);
  }
  const seen = new Set<string>();
  return texts.map(prepareText).filter((p) => p.compact && !seen.has(p.compact) && seen.add(p.compact));
}

const matchers = new WeakMap<Catalog, CatalogMatcher>();

export function catalogMatcher(catalog: Catalog): CatalogMatcher {
  const cached = matchers.get(catalog);
  if (cached) return cached;
  const entries = actionEntries(catalog);
  const m: CatalogMatcher = {
    catalog,
    areaOf: new Map(catalog.areas.map((a) => [a.code, a])),
    indicatorOf: new Map(catalog.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, { area, indicator }] as const))),
    actionOf: new Map(entries.map((e) => [e.action.id, e])),
    // H2's label is PP's title: result labels count only where the section says results.
    areas: catalog.areas.map((a) => ({ item: a, spellings: spellings(a, a.kind === "enabler" ? [a.label] : []) })),
    resultAreas: catalog.areas.filter((a) => a.kind === "result").map((a) => ({ item: a, spellings: spellings(a, [a.label]) })),
    indicators: [],
    indicatorsByArea: new Map(),
    actions: entries.map((e) => ({ item: e, spellings: spellings(e.action) })),
    actionsByIndicator: new Map(),
    actionsByArea: new Map(),
  };
  for (const area of catalog.areas) {
    const inds = area.indicators.map((i) => ({ item: i, spellings: spellings(i) }));
    m.indicators.push(...inds);
    m.indicatorsByArea.set(area.code, inds);
  }
  const push = <K, V>(map: Map<K, V[]>, key: K, v: V) => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  for (const cand of m.actions) {
    push(m.actionsByIndicator, cand.item.indicator.id, cand);
    push(m.actionsByArea, cand.item.area.code, cand);
  }
  matchers.set(catalog, m);
  return m;
}

/**
 * The area an area title names ("MANAJEMEN PERUBAHAN", "Penataan Tata Laksana"). In the result
 * section the result areas win a tie ("PENINGKATAN KUALITAS PELAYANAN PUBLIK" is H2 there, PP
 * before it).
 */
export function matchArea(m: CatalogMatcher, text: Prepared, section: "enabler" | "result" | null): CatalogArea | null {
  if (section) {
    const pool = section === "result" ? m.resultAreas : m.areas.filter((c) => c.item.kind === section);
    const own = bestMatch(text, pool, MATCH_THRESHOLD.area);
    if (own) return own.item;
  }
  return bestMatch(text, m.areas, MATCH_THRESHOLD.area)?.item ?? null;
}

/** The indicator a typed INDIKATOR cell names: first among the current area's, then anywhere. */
export function matchIndicator(m: CatalogMatcher, text: Prepared, area: AreaCode | null): CatalogIndicator | null {
  if (area) {
    const own = bestMatch(text, m.indicatorsByArea.get(area) ?? [], MATCH_THRESHOLD.indicatorInArea);
    if (own) return own.item;
  }
  return bestMatch(text, m.indicators, MATCH_THRESHOLD.indicator)?.item ?? null;
}

/**
 * The catalog actions typed rencana aksi name, one to one: each text is looked for among its
 * indicator's actions, then its area's, then the whole catalog, stricter the wider the search.
 */
export function matchActions(
  m: CatalogMatcher,
  texts: readonly Prepared[],
  scope: { indicator: string | null; area: AreaCode | null },
  taken: (id: string) => boolean,
): (ActionEntry | null)[] {
  const out: (Match<ActionEntry> | null)[] = texts.map(() => null);
  const claimed = new Set<string>();
  const isTaken = (e: ActionEntry) => taken(e.action.id);
  const pass = (pool: Candidate<ActionEntry>[] | undefined, threshold: number) => {
    if (!pool) return;
    const idx: number[] = [];
    for (let i = 0; i < texts.length; i++) if (!out[i]) idx.push(i);
    if (!idx.length) return;
    // Most cells name one action: nothing is claimed yet and the pool is used as it is.
    const free = claimed.size ? pool.filter((c) => !claimed.has(c.item.action.id)) : pool;
    if (!free.length) return;
    const found = assignMatches(idx.map((i) => texts[i]), free, threshold, isTaken);
    found.forEach((f, k) => {
      if (!f) return;
      out[idx[k]] = f;
      claimed.add(f.item.action.id);
    });
  };
  if (scope.indicator) pass(m.actionsByIndicator.get(scope.indicator), MATCH_THRESHOLD.actionInIndicator);
  if (scope.area) pass(m.actionsByArea.get(scope.area), MATCH_THRESHOLD.action);
  pass(m.actions, MATCH_THRESHOLD.action);
  return out.map((f) => f?.item ?? null);
}
