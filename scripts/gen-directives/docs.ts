/**
 * The one-line descriptions, in hearth's own words, that become each directive's JSDoc. They
 * live in docs/*.txt as INI-like text: a `[scope]` line ("Unit", "exec", "network.Route", …)
 * then `Name: description` lines. `#` starts a comment line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "docs");

export function readDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    let scope = "";
    for (const [i, raw] of readFileSync(join(dir, file), "utf8").split("\n").entries()) {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      const header = /^\[([A-Za-z0-9.*-]+)\]$/.exec(line);
      if (header?.[1]) {
        scope = header[1];
        continue;
      }
      const m = /^([A-Za-z0-9]+):\s+(.+)$/.exec(line);
      if (!m?.[1] || !m[2] || !scope) throw new Error(`docs/${file}:${i + 1}: expected "Name: description" under a [scope] line`);
      const k = `${scope}.${m[1]}`;
      if (docs.has(k)) throw new Error(`docs/${file}:${i + 1}: ${k} is described twice`);
      docs.set(k, m[2]);
    }
  }
  return docs;
}
