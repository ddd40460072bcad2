import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { compileSite } from "../compile.ts";
import { findBaseline, planAgainst } from "../plan.ts";
import { parse, siteAndMachines, UsageError } from "./args.ts";
import { reportDiagnostics } from "./output.ts";

export const planHelp = `Usage: hearth plan [SITE] [MACHINE...] [--against ROOT|MANIFEST|OUTDIR]

Compiles SITE (writing nothing) and shows, per machine, what installing it would
change: files added (+), removed (-) and changed (~), and which units would be
started, restarted, reloaded or stopped, with the reason for each. The rules are
the installer's own (install.sh plan), so the target will do exactly this.

Compared against (--against):
  ROOT       a directory holding usr/local/ (a target's root, an install --root)
  MANIFEST   a manifest.json from an earlier compile
  OUTDIR     an output directory with <machine>/manifest.json
  (default)  the last compile in out/

Options:
  --out DIR    where the last compile is (default: out)
  --site FILE  the site, when not given as the first argument
  -h, --help   show this help
`;

export async function planCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { against: { type: "string" }, out: { type: "string" }, site: { type: "string" } });
  if (values.help) return process.stdout.write(planHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const against = values.against as string | undefined;
  const result = await compileSite({ sitePath, machines, write: false });
  reportDiagnostics(result.diagnostics);
  if (!result.ok) return 1;
  if (against !== undefined && !isOutputDir(against) && result.machines.length > 1)
    throw new UsageError("--against a root or a manifest.json describes one machine: name it, e.g. hearth plan site.ts nas --against /tmp/nas");
  for (const m of result.machines) {
    const baseline = findBaseline(against, m.name, (values.out as string | undefined) ?? "out");
    const label = baseline.kind === "none" ? baseline.why : baseline.label;
    const plan = await planAgainst(baseline, m.generation.tables);
    process.stdout.write(`== ${m.name} against ${label}\n${plan.summary || "plan: no changes"}\n${plan.lines}`);
    // peers the overlay leaves out until their keys are known: not in this plan, but coming
    for (const p of m.pending) process.stdout.write(`  pending  overlay ${p.network}: ${p.peers.join(", ")} (no public key yet: hearth facts makes machines' keys)\n`);
  }
  return 0;
}

/** An output dir holds <machine>/manifest.json for many machines; a root holds usr/local. */
const isOutputDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory() && !existsSync(join(path, "usr/local"));
