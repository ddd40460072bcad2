// Generates the benchmark's large site: MACHINES machines, each with FILES files
// and UNITS units, built from SHARED shared layers plus one layer of its own.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LargeSiteShape {
  readonly machines: number;
  readonly filesPerMachine: number;
  readonly unitsPerMachine: number;
  readonly sharedLayers: number;
}

export const LARGE: LargeSiteShape = { machines: 50, filesPerMachine: 40, unitsPerMachine: 5, sharedLayers: 5 };

/** Edits of the large site the benchmark times: one machine's file on disk, one machine's note in site.ts, a shared layer in site.ts. */
export const EDITS = {
  oneFile: (dir: string, n: number) => writeFileSync(join(dir, "files", "m07.conf"), `# m7\nsetting = ${n}\n`),
  oneInSite: (source: string, n: number) => source.replace('{ m07: "note 0" }', `{ m07: "note ${n}" }`),
  shared: (source: string, n: number) => source.replace('"setting = " + l', `"setting ${n} = " + l`),
};

/** The name of the large site's machine number i. */
export const machineName = (i: number): string => `m${String(i).padStart(2, "0")}`;

/** Writes site.ts (and the files it reads from disk) into `dir`; returns the site path. */
export function writeLargeSite(dir: string, shape: LargeSiteShape = LARGE): string {
  mkdirSync(join(dir, "files"), { recursive: true });
  writeFileSync(join(dir, "files", "shared.conf"), "# read from disk by every machine\nkey = value\n".repeat(20));
  const sharedFiles = 4;
  // each machine also reads one file of its own from disk: the "one-file edit" of the benchmark
  const ownFiles = shape.filesPerMachine - shape.sharedLayers * sharedFiles - shape.unitsPerMachine - 2;
  for (let i = 0; i < shape.machines; i++) writeFileSync(join(dir, "files", `${machineName(i)}.conf`), `# m${i}\nsetting = 0\n`);
  const source = `import { file, fromFile, layer, machine, service, site } from "hearth";

const shared = Array.from({ length: ${shape.sharedLayers} }, (_, l) =>
  layer(\`shared-\${l}\`, (m) => [
    file(\`/usr/local/etc/shared-\${l}/static.conf\`, "setting = " + l + "\\n"),
    file(\`/usr/local/etc/shared-\${l}/from-disk.conf\`, fromFile("files/shared.conf")),
    file(\`/usr/local/etc/shared-\${l}/host.conf\`, \`host = \${m.fqdn}\\ncores = \${m.facts.nproc}\\n\`),
    file(\`/usr/local/share/shared-\${l}/data.txt\`, "x".repeat(2000)),
  ]),
);

// a note per machine, in site.ts itself: the benchmark's one-machine edit of site.ts
const notes: Record<string, string> = { m07: "note 0" };

const own = (i: number) =>
  layer(\`own-\${i}\`, (m) => [
    file(\`/usr/local/etc/\${m.name}/note\`, notes[m.name] ?? ""),
    file(\`/usr/local/etc/\${m.name}/own.conf\`, fromFile(\`files/\${m.name}.conf\`)),
    ...Array.from({ length: ${ownFiles} }, (_, f) => file(\`/usr/local/etc/\${m.name}/file-\${f}.conf\`, \`machine = \${m.name}\\nindex = \${f}\\n\`)),
    ...Array.from({ length: ${shape.unitsPerMachine} }, (_, u) => [
      file(\`/usr/local/bin/worker-\${u}\`, \`#!/bin/sh\\nexec sleep infinity # \${m.name} \${u}\\n\`),
      service(\`worker-\${u}\`, {
        Unit: { Description: \`Worker \${u} of \${m.name}\` },
        Service: { ExecStart: [\`/usr/local/bin/worker-\${u}\`, "--id", String(u)], DynamicUser: true, ProtectSystem: "strict", Restart: "on-failure" },
        Install: { WantedBy: ["multi-user.target"] },
        triggers: [\`/usr/local/etc/\${m.name}/file-\${u}.conf\`],
      }),
    ]),
  ]);

export default site({
  name: "large",
  domain: "large.test",
  machines: Array.from({ length: ${shape.machines} }, (_, i) =>
    machine(\`m\${String(i).padStart(2, "0")}\`, { facts: { arch: "x86_64", nproc: 1 + (i % 8) }, layers: [...shared, own(i)] }),
  ),
});
`;
  const sitePath = join(dir, "site.ts");
  writeFileSync(sitePath, source);
  return sitePath;
}
