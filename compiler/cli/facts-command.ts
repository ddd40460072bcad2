import { dirname } from "node:path";
import { evaluateSite } from "../evaluate.ts";
import { FACTS_FILE } from "../facts.ts";
import type { GatheredFacts } from "../facts.ts";
import { factsScript, parseFacts } from "../../scripts/facts/gather.ts";
import { storeFacts } from "../../scripts/facts/store.ts";
import { sshComplaint } from "../../scripts/ship/connect.ts";
import { mapLimit } from "../../scripts/ship/pool.ts";
import { Sessions } from "../../scripts/ship/sessions.ts";
import { parse, siteAndMachines } from "./args.ts";
import { targetsOf, TARGET_OPTIONS, targetOptions } from "./targets.ts";

export const factsHelp = `Usage: hearth facts [SITE] [MACHINE...] [--inventory FILE]

Asks each machine (all, or the named ones) over ssh what it is — hostname,
architecture, cores, memory, OS id, version and codename, systemd version —
and records the answers in ${FACTS_FILE} beside site.ts, which compile reads
(compile itself never contacts a machine). Commit the file like a lock file.
Layers see the facts as m.facts; a gathered fact wins over one declared in
site.ts, with a warning where they differ.

A machine in a WireGuard overlay (peer(overlay)) also gets its key pair, made
on the machine the first time (wg genkey, as root) and kept in
/var/lib/hearth/wireguard; only the public key is recorded, the private key
never leaves the machine. That needs wireguard-tools on the machine.

Options:
${TARGET_OPTIONS}
  -h, --help           show this help
`;

/** The machines that join an overlay: they need a WireGuard key pair. */
async function overlayMembers(sitePath: string): Promise<Set<string>> {
  const evaluated = await evaluateSite(sitePath);
  if (!evaluated.ok) return new Set(); // targetsOf has just evaluated it fine; nothing to add
  const machines = evaluated.value.site.machines.filter((m) => m?.kind === "machine");
  return new Set(machines.filter((m) => m.networks.some((n) => n.kind === "peer")).map((m) => m.name));
}

const factsLine = (machine: string, f: GatheredFacts): string =>
  `${machine.padEnd(12)} ${f.hostname} ${f.arch}, ${f.nproc} cores, ${f.memoryMiB} MiB, ${f.osId} ${f.osVersion} (${f.osCodename || "?"})` +
  `${f.wireguardPublicKey ? `, wireguard key: ${f.wireguardPublicKey.slice(0, 8)}…` : ""}\n`;

export async function factsCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, targetOptions);
  if (values.help) return process.stdout.write(factsHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site);
  const targets = await targetsOf("facts", sitePath, machines, values.inventory);
  if (!targets) return 1;
  const overlay = await overlayMembers(sitePath);
  const sessions = new Sessions();
  try {
    const answers = await mapLimit(targets, 8, async (t) => {
      const r = await sessions.for(t).open(factsScript({ wireguard: overlay.has(t.machine) }), { timeoutMs: 30_000 });
      const answer = r.code === 0 ? parseFacts(r.stdout) : `unreachable: ${sshComplaint(r.stderr, r.code)}`;
      return { machine: t.machine, answer };
    });
    const gathered: Record<string, GatheredFacts> = {};
    for (const { machine, answer } of answers) {
      if (typeof answer === "string") {
        process.stderr.write(`hearth facts: ${machine}: ${answer}\n`);
        continue;
      }
      for (const w of answer.warnings) process.stderr.write(`hearth facts: ${machine}: warning: ${w}\n`);
      gathered[machine] = answer.facts;
      process.stdout.write(factsLine(machine, answer.facts));
    }
    if (Object.keys(gathered).length > 0) process.stdout.write(`wrote ${storeFacts(dirname(sitePath), gathered)}\n`);
    return Object.keys(gathered).length === answers.length ? 0 : 1;
  } finally {
    await sessions.close();
  }
}
