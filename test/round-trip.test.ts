// Round trip: every unit and drop-in of the example and golden sites, compiled as hearth ships
// them, read back with a model of systemd's reader (test/support/unit-reader.ts), means what
// site.ts said, directive by directive. Directives hearth adds on its own (the base hardening
// profile) may be present too; what the user wrote must come back unchanged.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { UNIT_DIR } from "../compiler/generation.ts";
import { expandLayers } from "../compiler/layers.ts";
import { unitDefinitions } from "../compiler/unit-files.ts";
import { unitTypeOf, type FileType } from "../dsl/directives.ts";
import type { DropinNode, UnitNode } from "../dsl/nodes.ts";
import { contextFor, directiveSpecIn, fromDsl, fromFile, readIni } from "./support/unit-reader.ts";

const root = join(import.meta.dirname, "..");
const sites = [
  join(root, "sites/example/site.ts"),
  ...readdirSync(join(root, "test/golden"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, "test/golden", d.name, "site.ts")),
];

describe("rendering then reading back gives the same values", () => {
  for (const sitePath of sites) {
    it(`GIVEN ${sitePath.slice(root.length + 1)} WHEN compiled and its unit files read back THEN every directive means what site.ts said`, async () => {
      const result = await compileSite({ sitePath, write: false });
      const ev = result.evaluated;
      assert.ok(ev, result.diagnostics.map((d) => d.message).join("\n"));
      // The rendered files as shipped: the generation's tree. When a check unrelated to
      // rendering fails the compile (verification, exposure), the same files come from
      // unitDefinitions(), which the compile uses to make them.
      const machines = result.ok
        ? result.machines.map((m) => ({ name: m.name, files: new Map(m.generation.tree.filter((e) => e.kind === "f" && e.content).map((e) => [e.path, Buffer.from(e.content!).toString("utf8")])) }))
        : ev.site.machines.map((m) => ({ name: m.name, files: new Map<string, string>() }));
      let checked = 0;
      let units = 0;
      for (const compiled of machines) {
        const machine = ev.site.machines.find((m) => m.name === compiled.name)!;
        const files = compiled.files;
        const { items } = expandLayers(ev, machine, machine.facts);
        if (!result.ok)
          for (const { item } of items)
            if (item.kind === "unit" || item.kind === "dropin")
              for (const f of unitDefinitions(item).files) if (f.content) files.set(f.path, f.content.text);
        for (const { item } of items) {
          if (item.kind !== "unit" && item.kind !== "dropin") continue;
          const node = item as UnitNode | DropinNode;
          units++;
          const unit = node.kind === "unit" ? node.name : node.unit;
          const type = (node.kind === "unit" ? node.type : unitTypeOf(unit)) as FileType;
          const path = node.kind === "unit" ? `${UNIT_DIR}/${unit}` : `${UNIT_DIR}/${unit}.d/${node.name}.conf`;
          const text = files.get(path);
          assert.ok(text !== undefined, `${path} is not in ${compiled.name}'s generation`);
          const read = readIni(text);
          for (const [section, body] of Object.entries(node.sections)) {
            for (const [key, value] of Object.entries(body)) {
              if (value === undefined) continue;
              const lines = read.get(section)?.[0]?.get(key) ?? [];
              const spec = directiveSpecIn(type, section, key);
              if (!spec) {
                assert.deepEqual(lines, (Array.isArray(value) ? value : [value]).map(String), `${path} [${section}] ${key}=`);
                continue;
              }
              const ctx = contextFor(type, spec, unit);
              assert.deepEqual(fromFile(spec, lines, ctx), fromDsl(spec, value, ctx), `${compiled.name}: ${path} [${section}] ${key}=`);
              checked++;
            }
          }
        }
      }
      assert.ok(units === 0 || checked > 0, "no directive was checked");
    });
  }
});
