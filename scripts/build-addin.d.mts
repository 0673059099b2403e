// Types of scripts/build-addin.mjs for the tests and the benchmark.
export declare const DEV_BASE_URL: string;
export declare function productionBaseUrl(value: string): string;
export declare function productionManifest(root: string, baseUrl: string): Promise<string>;
export declare function buildAddin(options?: {
  root?: string;
  outDir?: string;
  baseUrl?: string;
  minify?: boolean;
}): Promise<{ outDir: string; manifest: string | null; functions: string[] }>;
