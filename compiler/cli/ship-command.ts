import { ship } from "../../scripts/ship/ship.ts";
import { InventoryError } from "../../scripts/ship/inventory.ts";
import { loadInventory, TargetError } from "../../scripts/ship/targets.ts";
import { parse, siteAndMachines, UsageError } from "./args.ts";

export const shipHelp = `Usage: hearth ship [SITE] [MACHINE...] [--inventory FILE] [--dry-run]
                  [--parallel N] [--confirm-timeout S] [--install-packages]

Compiles SITE (default ./site.ts) for every machine (or the named ones), then, on
all of them in parallel over one multiplexed ssh connection each:
  rsync the bundle (a delta against the one sent last time) and the installer to
  /var/cache/hearth/ship/; start the activation, detached on the machine; follow
  it; when it awaits confirmation, run the machine's health checks through the
  connection; all pass: confirm over a fresh ssh connection; one fails: abort, and
  the machine rolls back. A machine already on the generation is left alone.
Ends with a table: generations, files and units changed, bytes sent, time, result.
Exits 1 if any machine failed, rolled back or was unreachable.

A dropped connection never leaves a machine half-switched: its activation goes
on, and rolls back unless confirmed. The next ship reports how it ended, and
finishes the job.

Machines are reached at their site.ts ssh ("[user@]host[:port]"), or as an
--inventory FILE says (JSON, every field but host optional, paths relative to it):
  {"web": {"host": "10.0.0.2", "user": "root", "port": 22,
           "identity": "id_ed25519", "knownHosts": "known_hosts"}}
~/.ssh/config applies; ssh runs in batch mode (keys or an agent, no passwords).
A login user other than root runs the installer through sudo -n.

Options:
  --inventory FILE     where machines are, overriding site.ts per machine
  --dry-run            print each machine's plan against what it runs now; change nothing
  --parallel N         machines shipped at once (default 8)
  --confirm-timeout S  seconds a machine waits for the confirmation before it
                       rolls back (default 30); health checks must pass within it
  --install-packages   apt-get install the Debian packages a generation needs first
  --out DIR            output directory of the compile (default: out)
  --site FILE          the site, when not given as the first argument
  -h, --help           show this help
`;

/** A positive whole number option, or a usage error naming it. */
export function positiveInt(value: string | undefined, name: string, fallback: number, max = 3600): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError(`--${name} needs a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

export async function shipCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    site: { type: "string" },
    inventory: { type: "string" },
    out: { type: "string" },
    "dry-run": { type: "boolean" },
    parallel: { type: "string" },
    "confirm-timeout": { type: "string" },
    "install-packages": { type: "boolean" },
  });
  if (values.help) return process.stdout.write(shipHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site as string | undefined);
  const parallel = positiveInt(values.parallel as string | undefined, "parallel", 8, 256);
  const confirmTimeout = positiveInt(values["confirm-timeout"] as string | undefined, "confirm-timeout", 30);
  try {
    return await ship({
      sitePath,
      machines: [...new Set(machines)],
      ...(values.inventory !== undefined ? { inventory: loadInventory(values.inventory as string) } : {}),
      outDir: (values.out as string | undefined) ?? "out",
      parallel,
      confirmTimeout,
      installPackages: values["install-packages"] === true,
      dryRun: values["dry-run"] === true,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (e) {
    if (e instanceof InventoryError || e instanceof TargetError) {
      process.stderr.write(`hearth ship: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
