// exceljs, loaded on first use: it is for writing workbooks only, and commands that only read
// (zi validasi, zi nilai) should not pay its start-up.

import { createRequire } from "node:module";
import v8 from "node:v8";
import type ExcelJS from "exceljs";

let loaded: typeof ExcelJS | null = null;

export function excelJs(): typeof ExcelJS {
  if (!loaded) {
    // bin/load-bundle.mjs holds V8's young generation at its first size for reading; exceljs
    // writes with a great many short-lived objects and is ~7% faster with V8's default growth.
    v8.setFlagsFromString("--semi-space-growth-factor=2");
    loaded = createRequire(import.meta.url)("exceljs") as typeof ExcelJS;
  }
  return loaded;
}
