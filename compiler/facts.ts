// Facts gathered from machines by `hearth facts`, cached beside site.ts in
// site.facts.json (committed like a lock file). compile reads them and never
// contacts a host; a fact declared in site.ts that disagrees is a warning.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isWireguardKey } from "../dsl/network.ts";
import type { Facts, Machine } from "../dsl/nodes.ts";
import type { Diagnostic, Place } from "./diagnostics.ts";

/** What `hearth facts` learns about a machine over ssh. */
export interface GatheredFacts {
  readonly hostname: string;
  readonly arch: string;
  readonly nproc: number;
  readonly memoryMiB: number;
  readonly osId: string;
  readonly osVersion: string;
  readonly osCodename: string;
  /** the major version of systemd (`systemctl --version`); absent when it is not installed */
  readonly systemd?: number;
  /** the public half of the machine's WireGuard key pair, made on it for machines in an overlay; absent otherwise */
  readonly wireguardPublicKey?: string;
}

export interface FactsFile {
  readonly hearth: 1;
  readonly machines: Readonly<Record<string, GatheredFacts>>;
}

export const FACTS_FILE = "site.facts.json";
// the fields every gathered machine has; systemd and wireguardPublicKey are optional
const FIELDS: Record<Exclude<keyof GatheredFacts, "systemd" | "wireguardPublicKey">, "string" | "number"> = {
  hostname: "string",
  arch: "string",
  nproc: "number",
  memoryMiB: "number",
  osId: "string",
  osVersion: "string",
  osCodename: "string",
};

export const factsPath = (siteDir: string): string => join(siteDir, FACTS_FILE);

/** Reads site.facts.json if there is one; a malformed file is an error that says how to remake it. */
export function loadFacts(siteDir: string): { facts: FactsFile["machines"]; diagnostics: Diagnostic[] } {
  const path = factsPath(siteDir);
  if (!existsSync(path)) return { facts: {}, diagnostics: [] };
  const at: Place = { file: path, line: 1 };
  const fail = (why: string) => ({
    facts: {},
    diagnostics: [{ severity: "error" as const, message: `${FACTS_FILE} ${why}`, at, hint: "run `hearth facts` to gather it again, or delete it" }],
  });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return fail(`is not valid JSON: ${(e as Error).message}`);
  }
  const file = json as Partial<FactsFile>;
  if (file?.hearth !== 1 || typeof file.machines !== "object" || file.machines === null) return fail('is not a hearth facts file (expected { "hearth": 1, "machines": { … } })');
  for (const [machine, facts] of Object.entries(file.machines)) {
    for (const [field, type] of Object.entries(FIELDS)) {
      if (typeof (facts as unknown as Record<string, unknown>)?.[field] !== type) return fail(`has no ${type} "${field}" for machine "${machine}"`);
    }
    const systemd = (facts as { systemd?: unknown }).systemd;
    if (systemd !== undefined && typeof systemd !== "number") return fail(`has a "systemd" for machine "${machine}" that is not a number`);
    const publicKey = (facts as { wireguardPublicKey?: unknown }).wireguardPublicKey;
    if (publicKey !== undefined && !isWireguardKey(publicKey))
      return fail(`has a "wireguardPublicKey" for machine "${machine}" that is not a WireGuard public key (44 characters of base64, as \`wg pubkey\` prints)`);
  }
  return { facts: file.machines, diagnostics: [] };
}

/** The facts a layer sees: declared ones, overridden by what was gathered from the machine. */
export function machineFacts(machine: Machine, gathered: GatheredFacts | undefined, place: (m: Machine) => Place | undefined): { facts: Facts; diagnostics: Diagnostic[] } {
  if (!gathered) return { facts: machine.facts, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(gathered)) {
    const declared = machine.facts[key];
    if (declared !== undefined && declared !== value)
      diagnostics.push({
        severity: "warning",
        message: `machine "${machine.name}" declares ${key}: ${JSON.stringify(declared)}, but ${FACTS_FILE} says ${JSON.stringify(value)}; using the gathered value`,
        at: place(machine),
        hint: `remove ${key} from machine("${machine.name}", { facts }) or correct it`,
      });
  }
  // gathered arch is whatever `uname -m` said; Facts names the common ones for editors
  return { facts: { ...machine.facts, ...gathered } as Facts, diagnostics };
}
