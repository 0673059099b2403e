// exceljs, for writing the recaps only: its browser build (dist/exceljs.min.js) sits in the page as
// an inline script that is not run (type text/plain), and runs the first time a recap is asked
// for, from a Blob URL: in the recap worker (importScripts), or in the page when the browser
// refuses workers. Reading and first paint never pay for it.

import type ExcelJS from "exceljs";

export type ExcelJsModule = typeof ExcelJS;

export const EXCELJS_SCRIPT_ID = "zi-exceljs";

function loaded(): ExcelJsModule | undefined {
  return (globalThis as { ExcelJS?: ExcelJsModule }).ExcelJS;
}

/** The inlined build's text, read from the page. */
export function excelJsSource(): string {
  const source = document.getElementById(EXCELJS_SCRIPT_ID)?.textContent;
  if (!source) throw new Error("exceljs tidak ada di halaman");
  return source;
}

/**
 * In a worker: runs the build handed over by the page. The Blob URL is made here: a worker started
 * from a file:// page may not load a Blob URL the page made.
 */
export function importExcelJs(source: string, importScripts: (url: string) => void): ExcelJsModule {
  const ready = loaded();
  if (ready) return ready;
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  try {
    importScripts(url);
  } finally {
    URL.revokeObjectURL(url);
  }
  const lib = loaded();
  if (!lib) throw new Error("exceljs tidak termuat");
  return lib;
}

let loading: Promise<ExcelJsModule> | null = null;

/** In the page: runs the build as a script element from a Blob URL, once. */
export function loadExcelJs(): Promise<ExcelJsModule> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<ExcelJsModule>((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([excelJsSource()], { type: "text/javascript" }));
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
