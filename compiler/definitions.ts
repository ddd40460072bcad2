// Turns a machine's items into path definitions: one per path each item writes.
// Units and drop-ins become files too (rendered INI) plus their *.wants/ links.
import { join } from "node:path";
import type { Combine, HealthCheck, Layer } from "../dsl/nodes.ts";
import type { SourceLocation } from "../dsl/location.ts";
import { relativeToPrefix } from "../dsl/validate.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { EvaluatedSite } from "./evaluate.ts";
import type { EntryKind } from "./generation.ts";
import type { PlacedItem } from "./layers.ts";
import type { SourceReader } from "./sources.ts";
import { unitDefinitions, type UnitActivation } from "./unit-files.ts";

/** Where a file's bytes come from; read only once the tree is known to be consistent. */
export type Content =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "disk"; readonly abs: string };

export interface Origin {
  readonly layer: Layer;
  readonly at: SourceLocation;
  /** what made it, for messages: 'file()', 'service "web.service"' */
  readonly what: string;
}

export interface Definition {
  /** relative to /usr/local */
  readonly path: string;
  readonly kind: EntryKind;
  readonly mode: number | undefined;
  readonly owner: string | undefined;
  readonly content?: Content;
  readonly target?: string;
  readonly combine: Combine;
  readonly origin: Origin;
}

const EXECUTABLE_DIRS = new Set(["bin", "sbin", "libexec"]);
/** Files below bin/, sbin/ and libexec/ are programs; everything else is data. */
export const defaultFileMode = (path: string): number => (EXECUTABLE_DIRS.has(path.split("/")[0] ?? "") ? 0o755 : 0o644);

/** A health check with where it was declared, for the shipper's messages. */
export interface PlacedCheck {
  readonly check: HealthCheck;
  readonly timeout: number;
  readonly layer: string;
}

/** What the machine's layers say the distribution provides (distro()). */
export interface DistroProvided {
  readonly units: ReadonlySet<string>;
  readonly binaries: ReadonlySet<string>;
}

export interface MachineDefinitions {
  readonly definitions: Definition[];
  readonly activations: UnitActivation[];
  readonly checks: PlacedCheck[];
  readonly packages: string[];
  readonly distro: DistroProvided;
  readonly diagnostics: Diagnostic[];
}

export function collectDefinitions(ev: EvaluatedSite, placed: readonly PlacedItem[], reader: SourceReader, machine: string): MachineDefinitions {
  const definitions: Definition[] = [];
  const activations: UnitActivation[] = [];
  const checks: PlacedCheck[] = [];
  const packages: string[] = [];
  const distro = { units: new Set<string>(), binaries: new Set<string>() };
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, at: SourceLocation, hint?: string) =>
    diagnostics.push({ severity: "error", message, at: ev.place(at), machine, ...(hint ? { hint } : {}) });

  for (const { item, layer } of placed) {
    const origin = (what: string): Origin => ({ layer, at: item.at, what });
    switch (item.kind) {
      case "file": {
        const source = item.source;
        const content: Content = source.kind === "disk" ? { kind: "disk", abs: join(ev.siteDir, source.from) } : source.kind === "text" ? source : source;
        const path = relativeToPrefix(item.path);
        const mode = item.mode ?? (content.kind === "disk" && reader.isExecutable(content.abs) ? 0o755 : undefined);
        definitions.push({ path, kind: "f", mode, owner: item.owner, content, combine: item.combine, origin: origin("file()") });
        break;
      }
      case "dir":
        definitions.push({ path: relativeToPrefix(item.path), kind: "d", mode: item.mode, owner: item.owner, combine: "unique", origin: origin("dir()") });
        break;
      case "link":
        definitions.push({ path: relativeToPrefix(item.path), kind: "l", mode: 0o777, owner: undefined, target: item.target, combine: "unique", origin: origin("link()") });
        break;
      case "tree": {
        const root = join(ev.siteDir, item.from);
        const listing = reader.listTree(root);
        if (listing instanceof Error) {
          error(`tree(): ${listing.message}`, item.at, `tree("${item.path}", "${item.from}") copies a directory relative to site.ts`);
          break;
        }
        const base = item.path === "/usr/local" ? "" : `${relativeToPrefix(item.path)}/`;
        for (const entry of listing) {
          const path = `${base}${entry.rel}`;
          const what = `tree("${item.from}")`;
          if (entry.kind === "d") definitions.push({ path, kind: "d", mode: undefined, owner: item.owner, combine: "unique", origin: origin(what) });
          else if (entry.kind === "l") definitions.push({ path, kind: "l", mode: 0o777, owner: undefined, target: entry.target ?? "", combine: "unique", origin: origin(what) });
          else
            definitions.push({
              path,
              kind: "f",
              mode: entry.executable ? 0o755 : 0o644,
              owner: item.owner,
              content: { kind: "disk", abs: entry.abs },
              combine: "unique",
              origin: origin(what),
            });
        }
        break;
      }
      case "health":
        checks.push({ check: item.check, timeout: item.timeout, layer: layer.name });
        break;
      case "packages":
        packages.push(...item.names);
        break;
      case "distro":
        for (const u of item.units) distro.units.add(u);
        for (const b of item.binaries) distro.binaries.add(b);
        break;
      case "unit":
      case "dropin": {
        const made = unitDefinitions(item);
        for (const d of made.files) definitions.push({ ...d, combine: "unique", origin: origin(made.what) });
        activations.push(made.activation);
        break;
      }
    }
  }
  return { definitions, activations, checks, packages: [...new Set(packages)].sort(), distro, diagnostics };
}
