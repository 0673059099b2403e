// Types of scripts/build-web.mjs for the tests and the benchmark.
export declare function buildWeb(options?: { root?: string; outFile?: string; minify?: boolean }): Promise<{
  outFile: string;
  /** Sizes in bytes: the whole page, and each part inlined in it (html: the page around them). */
  bytes: { total: number; script: number; style: number; exceljs: number; html: number };
}>;
