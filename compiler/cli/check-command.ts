import { compileSite } from "../compile.ts";
import { hasErrors } from "../diagnostics.ts";
import { typecheckSite } from "../typecheck.ts";
import { parse, siteAndMachines } from "./args.ts";
import { ms, reportDiagnostics, verifiedNote } from "./output.ts";

export const checkHelp = `Usage: hearth check [SITE]

Type-checks SITE (default ./site.ts) with TypeScript, compiles every machine
without writing anything, and runs systemd-analyze verify over each machine's
units in a temporary Debian 12 root; then reports every type error, compile
diagnostic and systemd finding together, each at its file:line. Any output of
systemd-analyze, a warning too, is an error. Exits 1 if there is any error.

Options:
  --site FILE  the site, when not given as the first argument
  -h, --help   show this help
`;

export async function checkCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { site: { type: "string" } });
  if (values.help) return process.stdout.write(checkHelp), 0;
  const start = process.hrtime.bigint();
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const [types, compiled] = await Promise.all([typecheckSite(sitePath), compileSite({ sitePath, machines, write: false, verify: true })]);
  const diagnostics = [...types, ...compiled.diagnostics];
  reportDiagnostics(diagnostics);
  if (hasErrors(diagnostics)) return 1;
  process.stdout.write(`ok: ${compiled.machines.length} machine${compiled.machines.length === 1 ? "" : "s"}, no type errors, no compile errors${verifiedNote(compiled.verified)} (${ms(start)})\n`);
  return 0;
}
