// Memo keys for pure functions of plain data (dsl/bounded-memo.ts): a node's JSON
// without its source location, so the same declaration on another line is a hit.

/** JSON.stringify replacer: where a node was declared is not part of what it is. */
export const withoutPlace = (key: string, value: unknown): unknown => (key === "at" ? undefined : value);
