import { Sessions } from "../../scripts/ship/sessions.ts";
import { shipCompiled } from "../../scripts/ship/ship.ts";
import { InventoryError } from "../../scripts/ship/inventory.ts";
import { loadInventory, TargetError } from "../../scripts/ship/targets.ts";
import { WatchLoop } from "../watch/loop.ts";
import { parse, siteAndMachines } from "./args.ts";
import { positiveInt } from "./ship-command.ts";

export const watchHelp = `Usage: hearth watch [SITE] [MACHINE...] [--ship] [--inventory FILE] [--out DIR]

Compiles SITE (default ./site.ts) for every machine (or the named ones), then
again on every save of site.ts, of a file it reads or imports, or of a layer
directory, and prints per machine what changed: the files (+ ~ -) and the units
to start, restart, reload or stop, with the reason — the installer's own plan.
Only what a save touched is compiled again; unchanged bundles are not rewritten.
A mistake is reported at its site.ts:line and the watch goes on; the next good
save recovers.

With --ship, every machine whose generation changed is shipped too, as
"hearth ship" would (checks, confirmation, automatic rollback), over ssh
connections kept open across saves. Saves during a ship are shipped after it.

Options:
  --ship               ship the machines that changed (the named ones, or all)
  --inventory FILE     where machines are, overriding site.ts (see hearth ship --help)
  --confirm-timeout S  seconds a machine waits for the confirmation (default 30)
  --parallel N         machines shipped at once (default 8)
  --out DIR            output directory (default: out)
  --site FILE          the site, when not given as the first argument
  -h, --help           show this help
`;

export async function watchCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    site: { type: "string" },
    out: { type: "string" },
    ship: { type: "boolean" },
    inventory: { type: "string" },
    "confirm-timeout": { type: "string" },
    parallel: { type: "string" },
  });
  if (values.help) return process.stdout.write(watchHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site);
  const outDir = values.out ?? "out";
  let inventory;
  try {
    inventory = values.inventory !== undefined ? loadInventory(values.inventory) : undefined;
  } catch (e) {
    if (e instanceof InventoryError || e instanceof TargetError) {
      process.stderr.write(`hearth watch: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  // one set of ssh connections for the whole watch: each machine's master is reused across saves
  // (ten minutes between saves keeps them open; a watch stopped with ^C closes them)
  // ^C stops the loop first (an in-flight ship finishes), then closes the connections: the sessions do not exit on it
  const sessions = values.ship ? new Sessions(600, false) : undefined;
  const shipOptions = {
    sitePath,
    machines: [...new Set(machines)],
    ...(inventory ? { inventory } : {}),
    outDir,
    parallel: positiveInt(values.parallel, "parallel", 8, 256),
    confirmTimeout: positiveInt(values["confirm-timeout"], "confirm-timeout", 30),
    installPackages: false,
    dryRun: false,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  const loop = new WatchLoop({
    sitePath,
    machines: [...new Set(machines)],
    outDir,
    out: process.stdout,
    err: process.stderr,
    ...(sessions ? { ship: (compiled) => shipCompiled(compiled, shipOptions, sessions).catch((e: unknown) => (process.stderr.write(`hearth watch: ship failed: ${e instanceof Error ? e.message : String(e)}\n`), 1)) } : {}),
  });
  // listening before the first build, which a ^C may interrupt too; on, not once: a ^C can
  // arrive twice (from the terminal and from bin/hearth.js), and a second one must not find
  // the default handler, which would skip the clean stop below
  const stopped = new Promise<void>((resolve) => {
    process.on("SIGINT", () => resolve());
    process.on("SIGTERM", () => resolve());
  });
  await loop.start();
  await stopped;
  process.stderr.write("\nhearth watch: stopping\n");
  await loop.close();
  await sessions?.close();
  return 0;
}
