import { compileSite } from "../compile.ts";
import { parse, siteAndMachines } from "./args.ts";
import { kib, ms, reportDiagnostics, verifiedNote } from "./output.ts";

export const compileHelp = `Usage: hearth compile [SITE] [MACHINE...] [--out DIR] [--verify] [--locked]

Evaluates SITE (default ./site.ts) and writes, for every machine (or the named
ones), out/<machine>/bundle.tar.gz, install.sh and manifest.json. Files whose
bytes did not change are not rewritten. Nothing is written if any error is found.

Options:
  --out DIR    output directory (default: out)
  --verify     also run systemd-analyze verify over each machine's units (as
               hearth check does) and write nothing if it prints anything
  --locked     fail instead of numbering anything new in site.lock.json (CI)
  --site FILE  the site, when not given as the first argument
  -h, --help   show this help
`;

export async function compileCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string" }, site: { type: "string" }, verify: { type: "boolean" }, locked: { type: "boolean" } });
  if (values.help) return process.stdout.write(compileHelp), 0;
  const start = process.hrtime.bigint();
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const result = await compileSite({ sitePath, machines, outDir: (values.out as string | undefined) ?? "out", verify: values.verify === true, locked: values.locked === true });
  reportDiagnostics(result.diagnostics);
  if (!result.ok) return 1;
  if (result.lockWritten) process.stdout.write(`numbered new networks or hosts: wrote ${result.lockWritten} (commit it)\n`);
  for (const m of result.machines) {
    const files = m.generation.rows.filter((r) => r.kind !== "d").length;
    const state = m.bytesWritten === 0 ? "unchanged" : `wrote ${kib(m.bytesWritten)}`;
    process.stdout.write(`${m.name.padEnd(12)} gen ${m.generation.gen}  ${files} files, ${m.generation.units.length} units  bundle ${kib(m.bundleBytes)}  ${state}  → ${m.outDir}/\n`);
  }
  process.stdout.write(`compiled ${result.machines.length} machine${result.machines.length === 1 ? "" : "s"}${verifiedNote(result.verified)} in ${ms(start)}\n`);
  return 0;
}
