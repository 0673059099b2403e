// The project's modules import each other one way only: a circle makes load order matter (a
// value read before its module has run is undefined) and hides which module owns what.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["core", "addin", "appsscript", "cli", "web", "ui"];

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Relative imports and re-exports of a file, type-only ones included, as paths of .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = path.join(path.dirname(file), m[1]).replace(/\.js$/, ".ts");
    if (existsSync(target)) out.push(target);
  }
  return out;
}

function importCircles(files: string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const done = new Set<string>();
  const onPath: string[] = [];
  const circles: string[] = [];
  const visit = (f: string) => {
    const at = onPath.indexOf(f);
    if (at >= 0) {
      circles.push([...onPath.slice(at), f].join(" -> "));
      return;
    }
    if (done.has(f)) return;
    onPath.push(f);
    for (const d of graph.get(f) ?? []) visit(d);
    onPath.pop();
    done.add(f);
  };
  files.forEach(visit);
  return circles;
}

describe("imports", () => {
  it("finds a circle when there is one (the check itself works)", () => {
    const dir = path.join("test", ".tmp", "circle");
    // Two files that import each other, written where the test can read them.
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./b.js";\nexport type A = B;\n');
    writeFileSync(path.join(dir, "b.ts"), 'import { x } from "./a.js";\nexport type B = number;\n');
    expect(importCircles(sources(dir))).toHaveLength(1);
  });

  it("has no circle in core, addin, appsscript, cli or web", () => {
    expect(importCircles(ROOTS.flatMap((r) => sources(r)))).toEqual([]);
  });
});
