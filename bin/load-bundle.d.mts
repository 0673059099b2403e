// Types of bin/load-bundle.mjs for the tests.
/** Where the code cache of a bundle lives. */
export function cacheFileOf(bundle: string): string;

/** The bundle's exports, whether its code cache was used, and a function writing a new one. */
export function loadBundle(bundle: string): {
  exports: Record<string, unknown>;
  cache: "dipakai" | "ditolak" | "tidak ada";
  writeCache(): void;
};
