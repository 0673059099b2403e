// Builds the Apps Script project once per test process (into a temporary folder, so parallel
// test files never race on dist/) and evaluates Code.js in a node:vm sandbox whose globals are
// the recording fakes, as Apps Script would: every top-level function becomes a global.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { buildAppsScript } from "../../../scripts/build-appsscript.mjs";
import { fakeServices, type FakeServices, type ServiceOptions } from "./spreadsheet.js";

export interface BuiltProject {
  dir: string;
  code: string;
  sidebar: string;
  manifest: string;
}

let built: Promise<BuiltProject> | null = null;

export function builtProject(): Promise<BuiltProject> {
  built ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zi-gas-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    await buildAppsScript({ outDir: dir });
    const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
    return { dir, code: read("Code.js"), sidebar: read("Sidebar.html"), manifest: read("appsscript.json") };
  })();
  return built;
}

export interface LoadedScript extends FakeServices {
  /** The sandbox's global object: the script's functions, ZI, and the fakes. */
  global: Record<string, unknown> & { ZI: ZiGlobal };
  /** A function of the sandbox by name. */
  fn(name: string): (...args: unknown[]) => unknown;
  /** Converts a plain value into the sandbox realm (arrays and objects made there). */
  inRealm<T>(value: T): T;
  DateCtor: DateConstructor;
}

/** What ZI exposes besides the entry points (see appsscript/main.ts). */
export interface ZiGlobal {
  entry: Record<string, (...args: unknown[]) => unknown>;
  internal: Record<string, (...args: unknown[]) => unknown> & { LAMPIRAN_I: unknown };
}

export async function loadScript(options: Omit<ServiceOptions, "DateCtor" | "htmlFiles"> = {}): Promise<LoadedScript> {
  const project = await builtProject();
  const context = vm.createContext({ console });
  const DateCtor = vm.runInContext("Date", context) as DateConstructor;
  const services = fakeServices({ ...options, DateCtor, htmlFiles: { Sidebar: project.sidebar } });
  Object.assign(context, services.globals);
  vm.runInContext(project.code, context, { filename: "Code.js" });
  const global = context as LoadedScript["global"];
  const toRealm = vm.runInContext("(json) => JSON.parse(json)", context) as (json: string) => unknown;
  return {
    ...services,
    global,
    DateCtor,
    fn: (name) => {
      const f = global[name];
      if (typeof f !== "function") throw new Error(`no global function ${name}`);
      return f as (...args: unknown[]) => unknown;
    },
    inRealm: <T>(value: T) => (value === undefined ? value : (toRealm(JSON.stringify(value)) as T)),
  };
}
