import { join } from "node:path";
import type { Machine } from "../../dsl/nodes.ts";
import { compileSite } from "../compile.ts";
import { parse, siteAndMachines, UsageError } from "./args.ts";
import { ms, reportDiagnostics } from "./output.ts";

export const labHelp = `Usage: hearth lab up [SITE] [MACHINE...] [--out DIR]
       hearth lab down [SITE] [MACHINE...] | hearth lab down --all

Try a site on a local fleet before touching real machines: "lab up" boots one
Debian 12 container per machine (systemd as PID 1, its own network namespace,
sshd inside), with the Debian packages the site's layers declare already
installed, and writes DIR/lab/inventory.json (default DIR: out). Machines on
the same LAN (iface(lan, { name })) share a bridge: each gets an interface of
that name, up and without an address, for the site's own network config to
configure. Running "lab up" again adds what is missing. Then:

  hearth ship SITE --inventory out/lab/inventory.json

Containers keep running until "lab down". Needs root on a Debian host; the
first run builds a base image (about a minute), later ones boot in under a
second per machine.

Options:
  --out DIR    where to write lab/inventory.json (default: out)
  --all        (down) every lab container on this host
  --site FILE  the site, when not given as the first argument
  -h, --help   show this help
`;

export async function labCommand(argv: readonly string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === undefined || action === "--help" || action === "-h") return process.stdout.write(labHelp), action === undefined ? 2 : 0;
  const { values, positionals } = parse(rest, { out: { type: "string" }, site: { type: "string" }, all: { type: "boolean" } });
  if (values.help) return process.stdout.write(labHelp), 0;
  if (action !== "up" && action !== "down") throw new UsageError(`unknown lab action "${action}": use up or down`);
  if (process.getuid?.() !== 0) {
    process.stderr.write("hearth lab: needs root (network namespaces, mounts, systemd-nspawn)\n");
    return 1;
  }
  // the lab library is loaded only here: compile and check never pay for it
  const { labDown, labUp } = await import("../../scripts/lab/site-lab.ts");
  if (action === "down" && values.all) {
    const down = await labDown("all");
    process.stdout.write(down.length ? `down: ${down.join(", ")}\n` : "no lab containers were up\n");
    return 0;
  }
  const start = process.hrtime.bigint();
  const { sitePath, machines } = siteAndMachines(positionals, values.site);
  const compiled = await compileSite({ sitePath, machines, write: false });
  reportDiagnostics(compiled.diagnostics);
  if (!compiled.ok) return 1;
  const names = compiled.machines.map((m) => m.name);
  if (action === "down") {
    const down = await labDown(names);
    process.stdout.write(down.length ? `down: ${down.join(", ")}\n` : "none of these machines had a lab container\n");
    return 0;
  }
  const packages = [...new Set(compiled.machines.flatMap((m) => m.generation.packages))].sort();
  const site = compiled.evaluated!.site;
  const labMachines = names.map((name) => ({ name, lans: lansOf(site.machines.find((m) => m.name === name)) }));
  const result = await labUp(site.name, labMachines, packages, join(values.out ?? "out", "lab"), (line) => process.stderr.write(`hearth lab: ${line}\n`));
  for (const [i, m] of result.machines.entries()) {
    const lans = labMachines[i]!.lans.map((l) => ` ${l.ifname} on ${l.network}`).join(",");
    process.stdout.write(`${m.machine.padEnd(12)} ${m.address.padEnd(15)} ${m.reused ? "already up" : "up"}${lans}\n`);
  }
  process.stdout.write(`inventory: ${result.inventoryPath} (${ms(start)})\nnext: hearth ship ${sitePath} --inventory ${result.inventoryPath}\n`);
  return 0;
}

/** The LANs a machine joins, as the lab plugs them in: network name and interface name. */
const lansOf = (machine: Machine | undefined): { network: string; ifname: string }[] =>
  (machine?.networks ?? []).flatMap((n) => (n.kind === "interface" ? [{ network: n.network.name, ifname: n.name }] : []));
