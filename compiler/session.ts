// A compile session: what one `hearth compile` does, kept warm for `hearth watch`.
// It holds a persistent esbuild context, the last evaluation of site.ts, and per
// machine the fingerprint and result of its last compile, so a rebuild pays for
// what changed: site.ts is run again only when a file it was bundled from moved;
// a machine is compiled, hashed and packed again only when its fingerprint did.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Machine } from "../dsl/nodes.ts";
import { dedupeDiagnostics, selectMachines, siteProblems, type CompiledMachine, type CompileOptions, type CompileResult } from "./compile-parts.ts";
import { hasErrors, type Diagnostic } from "./diagnostics.ts";
import { manifestText, OUTPUT_FILES, type SealJob } from "./emit.ts";
import { runSiteBundle, SiteBundler, type EvaluatedSite } from "./evaluate.ts";
import { checkExposure, exposureServices } from "./exposure/budget.ts";
import { loadFacts, machineFacts, type FactsFile } from "./facts.ts";
import type { ExpandedLayers } from "./layers.ts";
import { writeClientFiles } from "./network/client-files.ts";
import { expandMachine } from "./network/expand.ts";
import type { RulesetCheck } from "./network/nft-check.ts";
import { checkRulesets } from "./network/ruleset-check.ts";
import { LOCK_FILE, lockPath, lockText, readLock, writeLock, type LockFile } from "./network/lock.ts";
import { planSiteNetwork, type MachineAddressing, type SiteNetwork } from "./network/site-network.ts";
import { diskKey, itemsKey, sameItems, type DiskInputs } from "./machine-key.ts";
import { generationTar, knownDigests } from "./generation.ts";
import { changedBytes, swapBytes } from "./content-swap.ts";
import { compileMachine, type MachineResult } from "./machine.ts";
import { OutputWriter } from "./output-writer.ts";
import { createSourceReader, type SourceReader } from "./sources.ts";

interface MachineMemo {
  /** the evaluation and facts the items were expanded from */
  readonly ev: EvaluatedSite;
  readonly factsJson: string;
  /** the machine's part of the site's network plan, and its text for plans made anew */
  readonly addressing: MachineAddressing | undefined;
  readonly netJson: string;
  readonly items: readonly string[];
  readonly disk: DiskInputs;
  readonly diskKey: string;
  readonly result: MachineResult;
}

/** A machine's output on its way out: sealed on the output worker, written once the compile is sound. */
interface PendingOutput {
  readonly id: number;
  /** settled once the worker sealed it (rejected when it could not) */
  readonly sealed: Promise<void>;
  /** the machine's health checks as JSON, what the session remembers having written */
  readonly checks: string;
}

/** What a build did, for watch's report and the benchmark. */
export interface BuildStats {
  /** site.ts was bundled and run again */
  readonly evaluated: boolean;
  /** machines compiled (the others came from the session's memory) */
  readonly compiled: readonly string[];
  /** of those, machines whose last generation took new bytes for some files (content-swap.ts) */
  readonly swapped: readonly string[];
}

/** A remembered result with the `at` of its units taken from a new expansion (same items, same order). */
function withFreshPlaces(result: MachineResult, expanded: ExpandedLayers): MachineResult {
  const units = expanded.items.flatMap(({ item }) => (item.kind === "unit" || item.kind === "dropin" ? [item] : []));
  return { ...result, activations: result.activations.map((a, i) => ({ ...a, at: units[i]?.at ?? a.at })) };
}

/** With --locked, a lock that this compile would change is an error instead. */
function lockChanges(network: SiteNetwork & { lockText?: string }): Diagnostic[] {
  if (network.empty || lockText(network.lock) === network.lockText) return [];
  const before = network.lockText === undefined ? {} : (JSON.parse(network.lockText) as LockFile).ipv4 ?? {};
  const added = Object.entries(network.lock.ipv4).flatMap(([net, e]) => [
    ...(before[net]?.subnet === e.subnet ? [] : [`network ${net} ${e.subnet}`]),
    ...Object.entries(e.hosts).filter(([h, ip]) => before[net]?.hosts[h] !== ip).map(([h, ip]) => `${h} ${ip} on ${net}`),
  ]);
  const dropped = Object.keys(before).filter((net) => !network.lock.ipv4[net]);
  return [
    {
      severity: "error",
      message: `${LOCK_FILE} is out of date (--locked): ${[...added.map((a) => `would number ${a}`), ...dropped.map((d) => `would forget network ${d}`)].join("; ") || "it would be rewritten"}`,
      hint: `run \`hearth compile\` without --locked and commit ${LOCK_FILE}`,
    },
  ];
}

export class CompileSession {
  readonly sitePath: string;
  readonly #bundler: SiteBundler;
  readonly #reader: SourceReader;
  #ev: EvaluatedSite | undefined;
  #inputsKey = "";
  readonly #memo = new Map<string, MachineMemo>();
  /** machine → the generation this session last wrote to its output dir */
  readonly #written = new Map<string, { outDir: string; gen: string; checks: string; bundleBytes: number }>();
  lastStats: BuildStats = { evaluated: false, compiled: [], swapped: [] };
  /** road warriors' configurations this session wrote to out/clients/, by path */
  readonly #clientFiles = new Map<string, string>();
  /** nft's verdict on each firewall ruleset text this session has seen */
  readonly #rulesets = new Map<string, Promise<RulesetCheck>>();
  #net: { ev: EvaluatedSite; factsKey: string; lockKey: string; value: SiteNetwork & { lockText?: string } } | undefined;
  #builds = 0;
  readonly #output = new OutputWriter();

  constructor(sitePath: string, reader: SourceReader = createSourceReader()) {
    this.#bundler = new SiteBundler(sitePath);
    this.sitePath = this.#bundler.sitePath;
    this.#reader = reader;
  }

  get siteDir(): string {
    return dirname(this.sitePath);
  }

  /** The files site.ts was bundled from, for a watcher. */
  get inputs(): readonly string[] {
    return this.#ev?.inputs ?? [this.sitePath];
  }

  /** Runs site.ts again only when a file it was bundled from changed since the last run. */
  async #evaluate(): Promise<{ ok: true; ev: EvaluatedSite; evaluated: boolean } | { ok: false; result: CompileResult }> {
    const key = this.#ev ? this.#ev.inputs.map((f) => `${f}:${this.#reader.contentKey(f)}`).join("\n") : "";
    if (this.#ev && key === this.#inputsKey) return { ok: true, ev: this.#ev, evaluated: false };
    const bundled = await this.#bundler.bundle();
    const evaluated = bundled.ok ? runSiteBundle(bundled.bundle) : bundled;
    if (!evaluated.ok) {
      this.#ev = undefined;
      return { ok: false, result: { ok: false, diagnostics: evaluated.diagnostics, machines: [] } };
    }
    this.#ev = evaluated.value;
    this.#inputsKey = this.#ev.inputs.map((f) => `${f}:${this.#reader.contentKey(f)}`).join("\n");
    return { ok: true, ev: this.#ev, evaluated: true };
  }

  /**
   * A machine's result: from memory when nothing it depends on changed, its last
   * generation with new bytes when only some files' text changed, compiled otherwise.
   */
  #machine(ev: EvaluatedSite, machine: Machine, facts: Machine["facts"], addressing: MachineAddressing | undefined, stats: { compiled: string[]; swapped: string[] }, diskKeys: Map<string, string>): MachineResult {
    const factsJson = JSON.stringify(facts);
    const memo = this.#memo.get(machine.name);
    // the same plan object when nothing it depends on changed; its text only when it was made anew
    const netJson = memo && memo.addressing === addressing ? memo.netJson : addressing ? JSON.stringify(addressing) : "";
    let items: readonly string[];
    let disk: DiskInputs;
    let expanded: ExpandedLayers | undefined;
    if (memo && memo.ev === ev && memo.factsJson === factsJson && memo.netJson === netJson) {
      ({ items, disk } = memo);
    } else {
      expanded = expandMachine(ev, machine, facts, addressing);
      ({ key: items, disk } = itemsKey(machine.name, facts, expanded, ev.siteDir));
    }
    const now = diskKey(disk, this.#reader, diskKeys);
    if (memo && memo.diskKey === now && (memo.items === items || sameItems(memo.items, items))) {
      if (memo.ev === ev) return memo.result;
      // the same machine from a new evaluation: its declarations may sit on other lines now
      const result = expanded ? withFreshPlaces(memo.result, expanded) : memo.result;
      this.#memo.set(machine.name, { ...memo, ev, addressing, result });
      return result;
    }
    stats.compiled.push(machine.name);
    if (memo && expanded && memo.diskKey === now && memo.result.swap && memo.result.generation) {
      const changed = changedBytes(memo.items, items, expanded, memo.result.swap);
      if (changed) {
        stats.swapped.push(machine.name);
        const result = withFreshPlaces({ ...memo.result, generation: swapBytes(memo.result.generation, changed, memo.result.swap) }, expanded);
        this.#memo.set(machine.name, { ...memo, ev, addressing, netJson, items, result });
        return result;
      }
    }
    const previous = memo?.result.generation;
    const result = compileMachine(ev, machine, this.#reader, facts, expanded ?? expandMachine(ev, machine, facts, addressing), previous && knownDigests(previous));
    // results with diagnostics point at lines; they are compiled again each time
    if (result.diagnostics.length === 0) this.#memo.set(machine.name, { ev, factsJson, addressing, netJson, items, disk, diskKey: now, result });
    else this.#memo.delete(machine.name);
    return result;
  }

  async compile(options: Omit<CompileOptions, "sitePath" | "reader">): Promise<CompileResult> {
    // each machine's bundle is sealed on the output worker as soon as it is compiled, and
    // taken from here when it is written; what is left (the compile found errors, or failed
    // on the way) is dropped, and what the worker staged for it removed
    const pending = new Map<string, PendingOutput>();
    try {
      return await this.#build(options, pending);
    } finally {
      await Promise.all([...pending.values()].map((p) => (p.sealed.catch(() => undefined), this.#output.drop(p.id))));
    }
  }

  async #build(options: Omit<CompileOptions, "sitePath" | "reader">, pending: Map<string, PendingOutput>): Promise<CompileResult> {
    this.#collectNowAndThen();
    this.#reader.beginBuild();
    const evaluation = await this.#evaluate();
    if (!evaluation.ok) {
      this.lastStats = { evaluated: true, compiled: [], swapped: [] };
      return evaluation.result;
    }
    const { ev } = evaluation;
    const selected = selectMachines(ev, options.machines);
    const gathered = loadFacts(ev.siteDir);
    const facts = selected.machines.map((m) => machineFacts(m, gathered.facts[m.name], (x) => ev.place(x.at)));
    const network = this.#network(ev, gathered.facts);
    const stats = { compiled: [] as string[], swapped: [] as string[] };
    // disk inputs' keys, taken once per build however many machines read them
    const diskKeys = new Map<string, string>();
    const write = options.write !== false;
    const outRoot = options.outDir ?? "out";
    const results = selected.machines.map((m, i) => {
      const r = this.#machine(ev, m, facts[i]!.facts, network.machines.get(m.name), stats, diskKeys);
      const out = write && !hasErrors(r.diagnostics) ? this.#startOutput(r, join(outRoot, m.name)) : undefined;
      if (out) pending.set(m.name, out);
      return r;
    });
    this.lastStats = { evaluated: evaluation.evaluated, ...stats };
    // exposure budgets (compiler/exposure): all machines at once, so a unit several share is scored once
    const [exposure, rulesets] = await Promise.all([
      checkExposure(exposureServices(ev, results), ev.site.maxExposure, options.exposure),
      // firewall rulesets, by nft -c where nft is installed (compiler/network/ruleset-check.ts)
      checkRulesets(ev, results, this.#rulesets),
    ]);
    const diagnostics = dedupeDiagnostics([
      ...siteProblems(ev),
      ...selected.diagnostics,
      ...gathered.diagnostics,
      ...facts.flatMap((f) => f.diagnostics),
      ...network.diagnostics,
      ...(options.locked ? lockChanges(network) : []),
      ...results.flatMap((r) => r.diagnostics),
      ...exposure.diagnostics,
      ...rulesets,
    ]);
    if (hasErrors(diagnostics)) return { ok: false, diagnostics, machines: [], evaluated: ev };
    let verified: CompileResult["verified"];
    if (options.verify) {
      // loaded only when asked for: a plain compile stays free of it
      const { verifyMachines } = await import("./verify/systemd-verify.ts");
      const targets = results.map((r) => ({ name: r.machine.name, generation: r.generation!, unitSources: r.unitSources }));
      const v = await verifyMachines(targets, options.verify === true ? {} : options.verify);
      verified = { ran: v.ran, cached: v.cached };
      diagnostics.push(...dedupeDiagnostics(v.diagnostics));
      if (hasErrors(diagnostics)) return { ok: false, diagnostics, machines: [], evaluated: ev, verified };
    }

    const lock = write ? this.#writeLock(ev, network) : undefined;
    const written = await Promise.all(results.map((r) => this.#finishOutput(r, join(outRoot, r.machine.name), write, pending)));
    const machines = written.map((m) => ({ ...m, pending: network.machines.get(m.name)?.pending ?? [] }));
    if (write && !options.machines?.length) writeClientFiles(outRoot, network.roadWarriors, this.#clientFiles);
    return { ok: true, diagnostics, machines, evaluated: ev, ...(verified ? { verified } : {}), ...(lock ? { lockWritten: lock } : {}), roadWarriors: network.roadWarriors };
  }

  /**
   * The site's network plan; planned again only when the evaluation, the facts or the lock
   * changed. The lock is read only when its content key (stat, then digest) moved.
   */
  #network(ev: EvaluatedSite, gathered: FactsFile["machines"]): SiteNetwork & { lockText?: string } {
    const lockKey = this.#reader.contentKey(lockPath(ev.siteDir));
    const factsKey = JSON.stringify(gathered);
    const net = this.#net;
    if (net && net.ev === ev && net.factsKey === factsKey && net.lockKey === lockKey) return net.value;
    const read = readLock(ev.siteDir);
    const machines = ev.site.machines.filter((m) => m?.kind === "machine");
    const facts = new Map(machines.map((m) => [m.name, machineFacts(m, gathered[m.name], () => undefined).facts]));
    const planned = planSiteNetwork({ site: ev.site, facts, lock: read.lock, lockFile: lockPath(ev.siteDir), place: ev.place });
    const value = { ...planned, diagnostics: [...read.diagnostics, ...planned.diagnostics], lockText: read.text };
    this.#net = { ev, factsKey, lockKey, value };
    return value;
  }

  /** Records new IPv4 allocations in site.lock.json; returns its path when it changed. */
  #writeLock(ev: EvaluatedSite, network: SiteNetwork & { lockText?: string }): string | undefined {
    if (network.empty) return undefined;
    const text = lockText(network.lock);
    if (text === network.lockText) return undefined;
    writeLock(ev.siteDir, text);
    this.#reader.forget(lockPath(ev.siteDir));
    // the plan stands (it is what was written): the next build finds the new lock already read
    if (this.#net?.value === network) this.#net = { ...this.#net, lockKey: this.#reader.contentKey(lockPath(ev.siteDir)), value: { ...network, lockText: text } };
    return lockPath(ev.siteDir);
  }

  /**
   * A watch runs for hours: every hundred builds, a full garbage collection (when
   * node runs with --expose-gc, as `hearth watch` does) keeps its memory where it
   * was after the first ones, instead of letting V8 grow the old generation until
   * it decides to collect. It costs a few ms, once in a hundred rebuilds.
   */
  #collectNowAndThen(): void {
    this.#builds++;
    if (this.#builds % 100 !== 0) return;
    (globalThis as { gc?: () => void }).gc?.();
    this.#output.collect();
  }

  /** Seals a machine's bundle on the output worker, unless this session already wrote exactly it there. */
  #startOutput(r: MachineResult, outDir: string): PendingOutput | undefined {
    const generation = r.generation!;
    const last = this.#written.get(r.machine.name);
    const checks = JSON.stringify(r.checks);
    // what it wrote is still there (out/ may have been removed meanwhile): three stats, no reads
    const stillThere = () => OUTPUT_FILES.every((f) => existsSync(join(outDir, f)));
    if (last && last.outDir === outDir && last.gen === generation.gen && last.checks === checks && stillThere()) return undefined;
    // what this session wrote there before is another generation: no need to read it to compare
    const known = last && last.outDir === outDir && last.gen !== generation.gen ? "stale" : "unknown";
    const job: SealJob = { dir: outDir, gen: generation.gen, tar: generationTar(generation), manifest: manifestText(r.machine.name, generation, r.checks), known };
    return { ...this.#output.seal(job), checks };
  }

  /** Writes a machine's sealed output (none pending: this session already wrote exactly it there). */
  async #finishOutput(r: MachineResult, outDir: string, write: boolean, pendingOutputs: Map<string, PendingOutput>): Promise<Omit<CompiledMachine, "pending">> {
    const generation = r.generation!;
    const base = { name: r.machine.name, generation, checks: r.checks, unitSources: r.unitSources, outDir };
    if (!write) return { ...base, bundleBytes: 0, bytesWritten: 0 };
    const pending = pendingOutputs.get(r.machine.name);
    pendingOutputs.delete(r.machine.name);
    if (!pending) return { ...base, bundleBytes: this.#written.get(r.machine.name)!.bundleBytes, bytesWritten: 0 };
    // a seal that failed fails the build here, as its commit would
    await pending.sealed;
    const written = await this.#output.commit(pending.id);
    this.#written.set(r.machine.name, { outDir, gen: generation.gen, checks: pending.checks, bundleBytes: written.bundleBytes });
    return { ...base, bundleBytes: written.bundleBytes, bytesWritten: written.bytesWritten };
  }

  async dispose(): Promise<void> {
    await Promise.all([this.#bundler.dispose(), this.#output.dispose()]);
  }
}
