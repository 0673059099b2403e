// exceljs, loaded on first use: it is for writing workbooks only, and commands that only read
// (zi validasi, zi nilai) should not pay its start-up.

import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

let loaded: typeof ExcelJS | null = null;

export function excelJs(): typeof ExcelJS {
  if (!loaded) loaded = createRequire(import.meta.url)("exceljs") as typeof ExcelJS;
  return loaded;
}
