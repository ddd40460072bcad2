// Writes a throwaway site (site.ts plus extra files) into a temporary directory.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function tempSite(source: string, extra: Record<string, string> = {}): { dir: string; sitePath: string } {
  const dir = mkdtempSync(join(tmpdir(), "hearth-site-"));
  const files = { "site.ts": source, ...extra };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, sitePath: join(dir, "site.ts") };
}

/** The 1-based line of the first line containing `marker`. */
export const lineOf = (source: string, marker: string): number => source.split("\n").findIndex((l) => l.includes(marker)) + 1;
