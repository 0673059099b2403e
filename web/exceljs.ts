// exceljs, for writing the recaps only: its browser build (dist/exceljs.min.js) sits in the page as
// an inline script that is not run (type text/plain), and runs the first time a recap is asked
// for, from a Blob URL. Reading and first paint never pay for it.

import type ExcelJS from "exceljs";

export type ExcelJsModule = typeof ExcelJS;

export const EXCELJS_SCRIPT_ID = "zi-exceljs";

let loading: Promise<ExcelJsModule> | null = null;

function loaded(): ExcelJsModule | undefined {
  return (globalThis as { ExcelJS?: ExcelJsModule }).ExcelJS;
}

export function loadExcelJs(): Promise<ExcelJsModule> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<ExcelJsModule>((resolve, reject) => {
    const source = document.getElementById(EXCELJS_SCRIPT_ID)?.textContent;
    if (!source) {
      reject(new Error("exceljs tidak ada di halaman"));
      return;
    }
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => {
      URL.revokeObjectURL(url);
      const lib = loaded();
      if (lib) resolve(lib);
      else reject(new Error("exceljs tidak termuat"));
    };
    script.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("exceljs tidak termuat"));
    };
    document.head.append(script);
  }).catch((e) => {
    // A failed load may be retried by the next click.
    loading = null;
    throw e;
  });
  return loading;
}
