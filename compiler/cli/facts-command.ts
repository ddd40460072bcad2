import { dirname } from "node:path";
import { FACTS_FILE } from "../facts.ts";
import type { GatheredFacts } from "../facts.ts";
import { FACTS_SCRIPT, parseFacts } from "../../scripts/facts/gather.ts";
import { storeFacts } from "../../scripts/facts/store.ts";
import { sshComplaint } from "../../scripts/ship/connect.ts";
import { mapLimit } from "../../scripts/ship/pool.ts";
import { Sessions } from "../../scripts/ship/sessions.ts";
import { parse, siteAndMachines } from "./args.ts";
import { targetsOf, TARGET_OPTIONS, targetOptions } from "./targets.ts";

export const factsHelp = `Usage: hearth facts [SITE] [MACHINE...] [--inventory FILE]

Asks each machine (all, or the named ones) over ssh what it is — hostname,
architecture, cores, memory, OS id, version and codename — and records the
answers in ${FACTS_FILE} beside site.ts, which compile reads (compile itself
never contacts a machine). Commit the file like a lock file. Layers see the
facts as m.facts; a gathered fact wins over one declared in site.ts, with a
warning where they differ.

Options:
${TARGET_OPTIONS}
  -h, --help           show this help
`;

export async function factsCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, targetOptions);
  if (values.help) return process.stdout.write(factsHelp), 0;
  const { sitePath, machines } = siteAndMachines(positionals, values.site);
  const targets = await targetsOf("facts", sitePath, machines, values.inventory);
  if (!targets) return 1;
  const sessions = new Sessions();
  try {
    const answers = await mapLimit(targets, 8, async (t) => {
      const r = await sessions.for(t).open(FACTS_SCRIPT, { timeoutMs: 30_000 });
      const facts = r.code === 0 ? parseFacts(r.stdout) : `unreachable: ${sshComplaint(r.stderr, r.code)}`;
      return { machine: t.machine, facts };
    });
    const gathered: Record<string, GatheredFacts> = {};
    for (const { machine, facts } of answers) {
      if (typeof facts === "string") {
        process.stderr.write(`hearth facts: ${machine}: ${facts}\n`);
        continue;
      }
      gathered[machine] = facts;
      process.stdout.write(`${machine.padEnd(12)} ${facts.hostname} ${facts.arch}, ${facts.nproc} cores, ${facts.memoryMiB} MiB, ${facts.osId} ${facts.osVersion} (${facts.osCodename || "?"})\n`);
    }
    if (Object.keys(gathered).length > 0) process.stdout.write(`wrote ${storeFacts(dirname(sitePath), gathered)}\n`);
    return Object.keys(gathered).length === answers.length ? 0 : 1;
  } finally {
    await sessions.close();
  }
}
