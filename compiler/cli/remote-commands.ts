// The commands that run the installer already on a machine: rollback, generations,
// verify. Like ship, they take the site (for the machines' ssh) and --inventory.
import { join } from "node:path";
import { mapLimit } from "../../scripts/ship/pool.ts";
import { Progress } from "../../scripts/ship/progress.ts";
import { Sessions } from "../../scripts/ship/sessions.ts";
import { renderSummary, resultText, succeeded } from "../../scripts/ship/summary.ts";
import { rollbackMachine, runInstaller } from "../../scripts/ship/target-commands.ts";
import { parse, siteAndMachines, UsageError } from "./args.ts";
import { positiveInt } from "./ship-command.ts";
import { TARGET_OPTIONS, targetOptions, targetsOf } from "./targets.ts";

export const rollbackHelp = `Usage: hearth rollback [SITE] MACHINE [--to GEN] [--confirm-timeout S]

Switches MACHINE back to its previous generation (or GEN), atomically, units
included, the way ship switches forward: detached on the machine, then the
health checks stored for that generation, then a confirmation over a fresh ssh
connection; without it the machine returns to where it was. Uses the installer
the last ship left on the machine. Ends with the same table as ship; exits 1
unless the rollback was confirmed.

Options:
  --to GEN             the generation to go back to (see hearth generations)
  --confirm-timeout S  seconds the machine waits for the confirmation (default 30)
  --out DIR            output directory of the compile (default: out)
${TARGET_OPTIONS}
  -h, --help           show this help
`;

export const generationsHelp = `Usage: hearth generations [SITE] MACHINE

Lists MACHINE's generations in install order, the current one marked * (the
installer's own list, run over ssh).

Options:
${TARGET_OPTIONS}
  -h, --help           show this help
`;

export const verifyHelp = `Usage: hearth verify [SITE] [MACHINE...]

Compares each machine's live files with the manifest of the generation it runs
(install.sh verify over ssh) and prints every path that drifted. Exits 1 on any
drift, or if a machine cannot be checked.

Options:
${TARGET_OPTIONS}
  -h, --help           show this help
`;

function oneMachine(command: string, machines: readonly string[]): string {
  if (machines.length !== 1) throw new UsageError(`${command} takes exactly one MACHINE${machines.length > 1 ? `, not ${machines.length}` : ""}`);
  return machines[0]!;
}

export async function rollbackCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...targetOptions, to: { type: "string" }, "confirm-timeout": { type: "string" }, out: { type: "string" } });
  if (values.help) return process.stdout.write(rollbackHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const machine = oneMachine("rollback", machines);
  const to = values.to as string | undefined;
  if (to !== undefined && !/^[0-9a-f]{4,16}$/.test(to)) throw new UsageError(`--to needs a generation id (hex, as hearth generations shows it), not "${to}"`);
  const confirmTimeout = positiveInt(values["confirm-timeout"] as string | undefined, "confirm-timeout", 30);
  const targets = await targetsOf("rollback", sitePath, [machine], values.inventory as string | undefined);
  if (!targets) return 1;
  const sessions = new Sessions();
  try {
    const progress = new Progress([machine]);
    const row = await rollbackMachine(
      sessions.for(targets[0]!),
      { ...(to ? { to } : {}), confirmTimeout, machineOut: join((values.out as string | undefined) ?? "out", machine) },
      { begin: (s) => progress.begin(machine, s), stage: (s) => progress.stage(machine, s), note: (t) => progress.note(t) },
    );
    progress.finish(machine, resultText(row.result).split("\n")[0]!);
    progress.stop();
    process.stdout.write(`\n${renderSummary([row])}`);
    return succeeded(row.result) ? 0 : 1;
  } finally {
    await sessions.close();
  }
}

export async function generationsCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, targetOptions);
  if (values.help) return process.stdout.write(generationsHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const machine = oneMachine("generations", machines);
  const targets = await targetsOf("generations", sitePath, [machine], values.inventory as string | undefined);
  if (!targets) return 1;
  const sessions = new Sessions();
  try {
    const r = await runInstaller(sessions.for(targets[0]!), ["list"]);
    process.stdout.write(r.stdout);
    if (r.message) process.stderr.write(`${machine}: ${r.message}\n`);
    return r.code === 0 ? 0 : 1;
  } finally {
    await sessions.close();
  }
}

export async function verifyCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, targetOptions);
  if (values.help) return process.stdout.write(verifyHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const targets = await targetsOf("verify", sitePath, [...new Set(machines)], values.inventory as string | undefined);
  if (!targets) return 1;
  const sessions = new Sessions();
  try {
    const results = await mapLimit(targets, 8, (t) => runInstaller(sessions.for(t), ["verify"]));
    const width = Math.max(...results.map((r) => r.machine.length));
    for (const r of results) {
      const word = r.code === 0 ? "ok" : r.stdout.trim() ? "drift" : "failed";
      const message = (r.message.split("; ")[0] ?? "").replace(/^(ok|drift): /, "");
      process.stdout.write(`${r.machine.padEnd(width)}  ${word}: ${message || (r.code === 0 ? "matches its manifest" : `exit ${r.code}`)}\n`);
      for (const line of r.stdout.split("\n").filter(Boolean)) process.stdout.write(`${" ".repeat(width)}  ${line}\n`);
      // a ship of the same generation is a no-op: the drifted files come back with a fresh unpack
      if (word === "drift") process.stdout.write(`${" ".repeat(width)}  to restore: hearth rollback ${r.machine}, then hearth ship ${r.machine}\n`);
    }
    return results.every((r) => r.code === 0) ? 0 : 1;
  } finally {
    await sessions.close();
  }
}
