// Bounded memos for pure functions of plain data that run for every node on every
// rebuild (rendering a unit, say): keyed by the data's JSON without its source
// location, so the same declaration on another line is a hit.

/** JSON.stringify replacer: where a node was declared is not part of what it is. */
export const withoutPlace = (key: string, value: unknown): unknown => (key === "at" ? undefined : value);

export class BoundedMemo<V> {
  readonly #entries = new Map<string, V>();
  constructor(private readonly limit = 20_000) {}

  get(key: string, compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    // a watch session runs for hours: forget everything rather than grow without end
    if (this.#entries.size >= this.limit) this.#entries.clear();
    this.#entries.set(key, value);
    return value;
  }
}
