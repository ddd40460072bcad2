// A memo for pure functions that run for every node on every rebuild (checking a
// path, rendering a unit): a watch session runs for hours, so it forgets everything
// rather than grow without end. Here, in dsl/, so that the DSL's own checks and the
// compiler share it.

export class BoundedMemo<V> {
  readonly #entries = new Map<string, V>();
  readonly #limit: number;
  constructor(limit = 20_000) {
    this.#limit = limit;
  }

  get(key: string, compute: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.#entries.size >= this.#limit) this.#entries.clear();
    this.#entries.set(key, value);
    return value;
  }
}
