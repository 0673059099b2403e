// What pure functions of a text work out, kept for the next time the same text comes: a batch of
// workbooks repeats its headers, statuses, targets and Lampiran texts row after row and file after
// file. Bounded: once it holds `limit` texts it forgets them all, so a sheet of distinct texts
// costs no more memory than that.

export class TextCache<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** What `compute` gives for `key`, worked out once while it is kept. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
