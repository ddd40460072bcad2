// Which changes restart (or reload) a unit: its own files, and the hearth files it uses.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import type { UnitRow } from "../compiler/generation.ts";
import { tempSite } from "./support/temp-site.ts";

type Version = { conf: string; description: string; unrelated: string; restart?: string };
const siteWith = (o: Version) => `import { file, layer, machine, service, site } from "hearth";
const a = layer("a", [
  file("/usr/local/bin/app", "#!/bin/sh\\n"),
  file("/usr/local/etc/app/main.conf", ${JSON.stringify(o.conf)}),
  file("/usr/local/etc/unrelated", ${JSON.stringify(o.unrelated)}),
  service("app", {
    Unit: { Description: ${JSON.stringify(o.description)} },
    Service: { ExecStart: ["/usr/local/bin/app"], BindReadOnlyPaths: ["/usr/local/etc/app:/etc/app"], Restart: ${JSON.stringify(o.restart ?? "no")} },
  }),
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [a] })] });
`;

async function appUnit(o: Version): Promise<UnitRow> {
  const { sitePath } = tempSite(siteWith(o));
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.machines[0]!.generation.units.find((u) => u.unit === "app.service")!;
}

test("a directory mounted with BindReadOnlyPaths= makes every file in it an input", async () => {
  const unit = await appUnit({ conf: "a", description: "d", unrelated: "u" });
  assert.deepEqual(unit.inputs, ["bin/app", "etc/app/main.conf", "lib/systemd/system/app.service"]);
});

test("a referenced file changes the trigger hash only; the unit file changes both; other files change neither", async () => {
  const base = await appUnit({ conf: "a", description: "d", unrelated: "u" });
  const conf = await appUnit({ conf: "b", description: "d", unrelated: "u" });
  const unitFile = await appUnit({ conf: "a", description: "d", unrelated: "u", restart: "always" });
  const unrelated = await appUnit({ conf: "a", description: "d", unrelated: "v" });
  assert.equal(conf.defHash, base.defHash);
  assert.notEqual(conf.triggerHash, base.triggerHash);
  assert.notEqual(unitFile.defHash, base.defHash);
  assert.notEqual(unitFile.triggerHash, base.triggerHash);
  assert.deepEqual(unrelated, base);
});

test("a cosmetic [Unit] key (Description=) changes neither hash: the daemon reloads, the unit is not restarted", async () => {
  const base = await appUnit({ conf: "a", description: "d", unrelated: "u" });
  const described = await appUnit({ conf: "a", description: "a better description", unrelated: "u" });
  assert.equal(described.defHash, base.defHash);
  assert.equal(described.triggerHash, base.triggerHash);
});
