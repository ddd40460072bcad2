// Exposure scores by the sha256 of what decides them (the rendered unit, its name, the
// systemd-analyze binary): in memory for the life of the process (watch mode, tests, ship),
// and on disk so a new process, or a cold compile into an empty out/, spawns nothing for a
// unit it has scored before.
//
// The file is $XDG_CACHE_HOME/hearth/exposure.json (else ~/.cache/hearth/), beside
// systemd-analyze verify's cache (compiler/verify/cache.ts): one place per user to clear.
// A score depends only on the unit and the binary, never on the project, so one cache serves
// every site and checkout; it lives outside out/, so `rm -rf out` keeps it and nothing of it
// is ever shipped, and a failed compile, which writes nothing to out/, still keeps the scores
// it paid for. It is only a cache: unreadable means empty, and a write that fails is ignored.
import { sha256 } from "../digest.ts";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ExposureCost, ExposureReport } from "./security-output.ts";
import { hearthCacheDir } from "../cache-dir.ts";

const VERSION = 1;
/** Enough for a few large sites; the oldest entries go first. */
const MAX_ENTRIES = 20_000;

/** The cache key of a unit's score. */
export const exposureKey = (fingerprint: string, name: string, text: string): string =>
  sha256(`hearth-exposure-v${VERSION}\0${fingerprint}\0${name}\0${text}`);

/** $XDG_CACHE_HOME/hearth/exposure.json, else ~/.cache/hearth/exposure.json. */
export const defaultCacheFile = (): string => hearthCacheDir("exposure.json");

type Stored = [score: number, costs: [setting: string, description: string, exposure: number][]];

const memory = new Map<string, ExposureReport>();
/** disk files already read into `memory` by this process */
const loaded = new Set<string>();

function readEntries(file: string): Record<string, Stored> {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { version?: number; entries?: Record<string, Stored> };
    return data.version === VERSION && data.entries && typeof data.entries === "object" ? data.entries : {};
  } catch {
    return {};
  }
}

const fromStored = ([score, costs]: Stored): ExposureReport => ({
  score,
  costs: costs.map(([setting, description, exposure]): ExposureCost => ({ setting, description, exposure })),
});
const toStored = (r: ExposureReport): Stored => [r.score, r.costs.map((c) => [c.setting, c.description, c.exposure])];

/** Forgets every score this process knows (tests: the next compile reads the disk cache again). */
export function forgetExposureScores(): void {
  memory.clear();
  loaded.clear();
}

export interface ExposureCache {
  get(key: string): ExposureReport | undefined;
  set(key: string, report: ExposureReport): void;
  /** writes new entries to disk, if there were any */
  save(): void;
}

/** The process-wide cache, backed by `file` (null: memory only). */
export function openExposureCache(file: string | null): ExposureCache {
  if (file !== null && !loaded.has(file)) {
    loaded.add(file);
    for (const [key, stored] of Object.entries(readEntries(file))) if (!memory.has(key)) memory.set(key, fromStored(stored));
  }
  const added = new Map<string, ExposureReport>();
  return {
    get: (key) => memory.get(key),
    set(key, report) {
      memory.set(key, report);
      added.set(key, report);
    },
    save() {
      if (file === null || added.size === 0) return;
      // merge with what other processes wrote since we read it, newest last
      const entries = readEntries(file);
      for (const [key, report] of added) {
        delete entries[key];
        entries[key] = toStored(report);
      }
      const keys = Object.keys(entries);
      for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete entries[key];
      try {
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, `${JSON.stringify({ version: VERSION, entries })}\n`);
        renameSync(tmp, file);
      } catch {
        // a cache we cannot write costs time, not correctness
      }
      added.clear();
    },
  };
}
