// `hearth watch`: rebuild on every save, say per machine what changed and why,
// and (with --ship) ship the machines that changed — over ssh connections kept
// open across saves. Mistakes are reported like compile's; the loop goes on, and
// the next good save recovers.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import type { CompileResult } from "../compile-parts.ts";
import { formatDiagnostics } from "../diagnostics.ts";
import type { GenerationTables } from "../generation.ts";
import { planAgainst } from "../plan.ts";
import { CompileSession } from "../session.ts";
import { SiteWatcher } from "./watcher.ts";

export interface Output {
  write(text: string): unknown;
}

/** Ships compiled machines; the watch command wires it to scripts/ship. */
export type Shipper = (compiled: CompileResult) => Promise<number>;

export interface WatchLoopOptions {
  readonly sitePath: string;
  readonly machines: readonly string[];
  readonly outDir: string;
  readonly out: Output;
  readonly err: Output;
  readonly ship?: Shipper;
  /** ms to wait for a save's other writes; @default 15 */
  readonly settleMs?: number;
}

const clock = (): string => new Date().toTimeString().slice(0, 8);
const indent = (text: string): string => text.replace(/^(?=.)/gm, "    ");

export class WatchLoop {
  readonly session: CompileSession;
  #watcher: SiteWatcher | undefined;
  /** each machine's tables at the last good build, to say what the next one changed */
  readonly #tables = new Map<string, GenerationTables>();
  /** each machine's generation when it was last shipped */
  readonly #shipped = new Map<string, string>();
  #building: Promise<void> | undefined;
  #again = false;
  #shipping: Promise<void> | undefined;
  #toShip: CompileResult | undefined;
  /** resolves after every build, for tests and the benchmark */
  onBuilt: ((ms: number, result: CompileResult) => void) | undefined;

  constructor(readonly options: WatchLoopOptions) {
    this.session = new CompileSession(options.sitePath);
  }

  async start(): Promise<void> {
    await this.#build([]);
    this.#watcher = new SiteWatcher(
      { root: this.session.siteDir, files: this.session.inputs, ignore: [this.options.outDir], ...(this.options.settleMs !== undefined ? { settleMs: this.options.settleMs } : {}) },
      (paths) => void this.#request(paths),
    );
    this.options.err.write(`hearth watch: watching ${relative(process.cwd(), this.session.siteDir) || "."} (Ctrl-C to stop)\n`);
  }

  /** Builds now, or once more after the build under way. */
  async #request(paths: readonly string[]): Promise<void> {
    if (this.#building) {
      this.#again = true;
      return;
    }
    this.#building = this.#build(paths);
    await this.#building;
    this.#building = undefined;
    if (this.#again) {
      this.#again = false;
      await this.#request([]);
    }
  }

  async #build(paths: readonly string[]): Promise<void> {
    const start = performance.now();
    const result = await this.session.compile({ machines: this.options.machines, outDir: this.options.outDir }).catch(
      // what the compile could not do with the disk (out/ not writable, a full disk): said, and the watch goes on
      (e: unknown): CompileResult => ({ ok: false, diagnostics: [{ severity: "error", message: `writing the build failed: ${e instanceof Error ? e.message : String(e)}`, hint: `check that ${this.options.outDir} is writable and has room, then save again` }], machines: [] }),
    );
    const ms = performance.now() - start;
    this.#watcher?.watchFiles(this.session.inputs);
    // editors and sed write a temporary file and rename it over the real one: name only what is there
    const named = paths.filter((p) => existsSync(p) || this.session.inputs.includes(p));
    const what = named.length === 0 ? "" : ` after ${named.map((p) => relative(this.session.siteDir, p)).join(", ")} changed`;
    if (result.diagnostics.length > 0) this.options.err.write(formatDiagnostics(result.diagnostics));
    if (!result.ok) {
      this.options.err.write(`[${clock()}] build failed${what} (${ms.toFixed(0)} ms); fix it and save again\n`);
      this.onBuilt?.(ms, result);
      return;
    }
    const stats = this.session.lastStats;
    this.options.out.write(`[${clock()}] built ${result.machines.length} machine${result.machines.length === 1 ? "" : "s"} in ${ms.toFixed(0)} ms${what}; compiled ${stats.compiled.length}${stats.evaluated ? ", site.ts evaluated" : ""}\n`);
    await this.#report(result);
    this.onBuilt?.(ms, result);
    if (this.options.ship) this.#queueShip(result);
  }

  /**
   * Per changed machine: the installer's own plan against the previous build. The
   * plans run at once (each is an `sh install.sh plan`): a ship waits for this report.
   */
  async #report(result: CompileResult): Promise<void> {
    const plans = result.machines.map((m) => {
      const before = this.#tables.get(m.name);
      this.#tables.set(m.name, m.generation.tables);
      if (!before || before.gen === m.generation.gen) return undefined;
      return planAgainst({ kind: "tables", tables: before, label: "previous build" }, m.generation.tables);
    });
    for (const [i, m] of result.machines.entries()) {
      const plan = await plans[i];
      if (plan) this.options.out.write(`  ${m.name}: ${plan.summary.replace(/^plan: /, "")}\n${indent(plan.lines)}`);
    }
  }

  /** Ships the machines whose generation moved since they were last shipped; saves during a ship wait for it. */
  #queueShip(result: CompileResult): void {
    this.#toShip = result;
    this.#shipping ??= (async () => {
      while (this.#toShip) {
        const next = this.#toShip;
        this.#toShip = undefined;
        const changed = next.machines.filter((m) => this.#shipped.get(m.name) !== m.generation.gen);
        if (changed.length === 0) continue;
        const code = await this.options.ship!({ ...next, machines: changed });
        if (code === 0) for (const m of changed) this.#shipped.set(m.name, m.generation.gen);
      }
      this.#shipping = undefined;
    })();
  }

  /** Waits for the build and the ship under way (tests, the benchmark). */
  async idle(): Promise<void> {
    while (this.#building || this.#shipping) await (this.#building ?? this.#shipping);
  }

  async close(): Promise<void> {
    this.#watcher?.close();
    await this.idle();
    await this.session.dispose();
  }
}
