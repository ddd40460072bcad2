// Compiles one machine: layers → definitions → merged tree → generation.
import type { Facts, Machine } from "../dsl/nodes.ts";
import { normalOwner, PREFIX, relativeToPrefix } from "../dsl/validate.ts";
import { swappablePaths, type SwapBasis } from "./content-swap.ts";
import { collectDefinitions, defaultFileMode, type Content, type PlacedCheck } from "./definitions.ts";
import { hasErrors, type Diagnostic } from "./diagnostics.ts";
import { checkDirectiveVersions } from "./directive-versions.ts";
import type { EvaluatedSite } from "./evaluate.ts";
import { buildGeneration, forEachParent, type GenEntry, type KnownDigests, type GenUnitSpec, type Generation } from "./generation.ts";
import { expandLayers, type ExpandedLayers, type PlacedItem } from "./layers.ts";
import { mergeDefinitions, type MergedEntry } from "./merge.ts";
import type { SourceReader } from "./sources.ts";
import type { UnitActivation } from "./unit-files.ts";
import { checkUnitGraph } from "./unit-graph.ts";
import { unitSources, type UnitSources } from "./verify/unit-sources.ts";

export interface MachineResult {
  readonly machine: Machine;
  readonly generation: Generation | undefined;
  /** what the shipper checks after activating the generation */
  readonly checks: readonly PlacedCheck[];
  /** where each generated unit file was declared, for systemd-analyze's findings */
  readonly unitSources: UnitSources;
  /** the machine's units and drop-ins, for checks across machines (compiler/exposure) */
  readonly activations: readonly UnitActivation[];
  readonly diagnostics: readonly Diagnostic[];
  /** what a later build needs to swap new bytes into the generation (content-swap.ts) */
  readonly swap?: SwapBasis;
}

function itemProblems(ev: EvaluatedSite, placed: readonly PlacedItem[]): Diagnostic[] {
  return placed.flatMap(({ item }) => item.problems.map((message) => ({ severity: "error" as const, message, at: ev.place(item.at) })));
}

function readContent(parts: readonly Content[], reader: SourceReader): Uint8Array | Error {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const bytes = part.kind === "text" ? Buffer.from(part.text) : part.kind === "bytes" ? part.bytes : reader.readFile(part.abs);
    if (bytes instanceof Error) return bytes;
    chunks.push(bytes);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function materialize(ev: EvaluatedSite, merged: readonly MergedEntry[], reader: SourceReader, machine: string) {
  const entries: GenEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const e of merged) {
    const owner = normalOwner(e.owner);
    if (e.kind === "d") entries.push({ path: e.path, kind: "d", mode: e.mode ?? 0o755, owner });
    else if (e.kind === "l") entries.push({ path: e.path, kind: "l", mode: 0o777, owner, target: e.target ?? "" });
    else {
      const content = readContent(e.parts, reader);
      if (content instanceof Error) {
        const d = e.definitions[0]!;
        diagnostics.push({ severity: "error", message: `fromFile(): ${content.message}`, at: ev.place(d.origin.at), hint: "paths in fromFile() are relative to the folder of site.ts", machine });
        continue;
      }
      entries.push({ path: e.path, kind: "f", mode: e.mode ?? defaultFileMode(e.path), owner, content });
    }
  }
  return { entries, diagnostics };
}

/** Unit specs for the generation; a hearth path a unit needs but no layer ships is an error. */
function unitSpecs(ev: EvaluatedSite, activations: readonly UnitActivation[], entries: readonly GenEntry[], machine: string) {
  // every shipped path and the directories implied above it
  const paths = new Set<string>();
  const addPath = (p: string) => void paths.add(p);
  for (const e of entries) {
    paths.add(e.path);
    forEachParent(e.path, addPath);
  }
  const topDir = (p: string): string => p.split("/", 1)[0]!;
  const topLevel = new Set(entries.map((e) => topDir(e.path)));
  const diagnostics: Diagnostic[] = [];
  const byUnit = new Map<string, UnitActivation[]>();
  for (const a of activations) byUnit.set(a.unit, [...(byUnit.get(a.unit) ?? []), a]);
  const specs: GenUnitSpec[] = [];
  for (const [unit, list] of byUnit) {
    const inputs = new Set<string>();
    for (const a of list) {
      for (const p of a.referenced) {
        if (!p.startsWith(`${PREFIX}/`) || /[%$]/.test(p)) continue;
        const rel = relativeToPrefix(p);
        if (paths.has(rel)) inputs.add(rel);
        // below a directory hearth owns, a path the generation lacks cannot exist on the target
        else if (topLevel.has(topDir(rel)))
          diagnostics.push({ severity: "error", message: `${unit} uses ${p}, which no layer of this machine ships`, at: ev.place(a.at), hint: `add the file with file("${p}", …) to one of the machine's layers, or fix the path`, machine });
      }
      for (const t of a.triggers) {
        const rel = t.startsWith(`${PREFIX}/`) ? relativeToPrefix(t) : undefined;
        if (rel !== undefined && paths.has(rel)) inputs.add(rel);
        else diagnostics.push({ severity: "error", message: `${unit} has trigger ${t}, which is not a path this machine ships`, at: ev.place(a.at), hint: "triggers are absolute paths below /usr/local that a layer of this machine writes", machine });
      }
    }
    const explicit = list.map((a) => a.reload).filter((r) => r !== undefined);
    const reload = explicit.length > 0 ? explicit.includes(true) : list.some((a) => a.hasExecReload);
    specs.push({ name: unit, reload, inputs: [...inputs].sort() });
  }
  return { specs, diagnostics };
}

/**
 * `facts` are the machine's declared facts merged with gathered ones (facts.ts);
 * `known`, the digests of the machine's previous generation (a watch's rebuild).
 */
export function compileMachine(
  ev: EvaluatedSite,
  machine: Machine,
  reader: SourceReader,
  facts: Facts = machine.facts,
  expanded: ExpandedLayers = expandLayers(ev, machine, facts),
  known?: KnownDigests,
): MachineResult {
  const problems = [
    ...expanded.layers.flatMap((l) => l.problems.map((message) => ({ severity: "error" as const, message, at: ev.place(l.at) }))),
    ...itemProblems(ev, expanded.items),
  ];
  const defs = collectDefinitions(ev, expanded.items, reader, machine.name);
  const merged = mergeDefinitions(ev, defs.definitions, machine.name);
  const mat = materialize(ev, merged.entries, reader, machine.name);
  const units = unitSpecs(ev, defs.activations, mat.entries, machine.name);
  const unitNodes = expanded.items.flatMap(({ item }) => (item.kind === "unit" || item.kind === "dropin" ? [item] : []));
  const graph = checkUnitGraph({ nodes: unitNodes, distro: defs.distro, entries: mat.entries, place: ev.place, machine: machine.name });
  const sources = unitSources(ev, machine, defs.definitions);
  // directives newer than the machine's systemd (facts.systemd, default 252): directive-versions.ts
  const versions = checkDirectiveVersions({ nodes: unitNodes, machine, facts, place: ev.place });
  const diagnostics = [...expanded.diagnostics, ...problems, ...defs.diagnostics, ...merged.diagnostics, ...mat.diagnostics, ...units.diagnostics, ...graph, ...versions];
  if (hasErrors(diagnostics)) return { machine, generation: undefined, checks: defs.checks, unitSources: sources, activations: defs.activations, diagnostics };
  const generation = buildGeneration(mat.entries, units.specs, defs.packages, known);
  const swap = { paths: swappablePaths(defs.definitions), specs: units.specs };
  return { machine, generation, checks: defs.checks, unitSources: sources, activations: defs.activations, diagnostics, swap };
}
