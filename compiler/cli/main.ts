// The hearth command line: one small module per command.
import { UsageError } from "./args.ts";
import { checkCommand, checkHelp } from "./check-command.ts";
import { compileCommand, compileHelp } from "./compile-command.ts";
import { planCommand, planHelp } from "./plan-command.ts";
import { generationsCommand, generationsHelp, rollbackCommand, rollbackHelp, verifyCommand, verifyHelp } from "./remote-commands.ts";
import { shipCommand, shipHelp } from "./ship-command.ts";
import { factsCommand, factsHelp } from "./facts-command.ts";
import { labCommand, labHelp } from "./lab-command.ts";
import { watchCommand, watchHelp } from "./watch-command.ts";
import { clientCommand, clientHelp } from "./client-command.ts";

type Command = { run: (argv: readonly string[]) => Promise<number>; help: string; summary: string };

const commands: Record<string, Command> = {
  compile: { run: compileCommand, help: compileHelp, summary: "compile site.ts into out/<machine>/{bundle.tar.gz,install.sh,manifest.json}" },
  check: { run: checkCommand, help: checkHelp, summary: "type errors and every compile diagnostic, nothing written" },
  plan: { run: planCommand, help: planHelp, summary: "what installing would change on a machine, and why" },
  watch: { run: watchCommand, help: watchHelp, summary: "rebuild on every save, say what changed, and (--ship) ship it" },
  ship: { run: shipCommand, help: shipHelp, summary: "compile, send, activate, health-check and confirm (or roll back) over ssh" },
  rollback: { run: rollbackCommand, help: rollbackHelp, summary: "switch a machine back to its previous generation (or --to GEN) over ssh" },
  generations: { run: generationsCommand, help: generationsHelp, summary: "a machine's generations, the current one marked" },
  verify: { run: verifyCommand, help: verifyHelp, summary: "drift: each machine's live files against its installed manifest" },
  facts: { run: factsCommand, help: factsHelp, summary: "gather each machine's facts over ssh into site.facts.json" },
  client: { run: clientCommand, help: clientHelp, summary: "a road warrior's WireGuard configuration and QR code (--new-key makes its keys)" },
  lab: { run: labCommand, help: labHelp, summary: "lab up / lab down: a local container per machine to ship the site to" },
};

export const mainHelp = `hearth — we have cloud at home

Usage: hearth <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`)
  .join("\n")}
  help CMD    show a command's help

On the target, the generated installer does the rest:
  sh out/<machine>/install.sh [--root DIR]        install (atomic switch)
  sh out/<machine>/install.sh list | rollback [GEN] | verify | plan

Run "hearth <command> --help" for a command's options.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") return process.stdout.write(mainHelp), name === undefined ? 2 : 0;
  if (name === "help") {
    const topic = rest[0] ? commands[rest[0]] : undefined;
    process.stdout.write(topic ? topic.help : mainHelp);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`hearth: unknown command "${name}"\n\n${mainHelp}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`hearth ${name}: ${e.message}\n(see hearth ${name} --help)\n`);
      return 2;
    }
    throw e;
  }
}
