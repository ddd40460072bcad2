// A watch's rebuild reuses the digests of the machine's previous generation for files
// whose bytes did not change (compiler/generation.ts). Reuse must never change the
// result: the generation is the one a fresh build makes, byte for byte.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGeneration, knownDigests, type GenEntry, type GenUnitSpec } from "../compiler/generation.ts";

const file = (path: string, text: string, mode = 0o644): GenEntry => ({ path, kind: "f", mode, owner: "root:root", content: Buffer.from(text) });
const unit = (exec: string, description: string) => `[Unit]\nDescription=${description}\n\n[Service]\nExecStart=${exec}\n`;

const before: GenEntry[] = [
  file("etc/app.conf", "port = 8080\n"),
  file("etc/same.conf", "unchanged\n"),
  file("bin/app", "#!/bin/sh\nexec sleep 1\n", 0o755),
  file("lib/systemd/system/app.service", unit("/usr/local/bin/app", "App")),
  file("lib/systemd/system/other.service", unit("/usr/local/bin/app --other", "Other")),
];
const specs: GenUnitSpec[] = [
  { name: "app.service", reload: false, inputs: ["bin/app", "etc/app.conf"] },
  { name: "other.service", reload: false, inputs: ["bin/app"] },
];

test("a generation built with the previous one's digests is the one a fresh build makes", () => {
  const known = knownDigests(buildGeneration(before, specs));
  const after: GenEntry[] = [
    // same length, other bytes: a size or length check alone would miss it
    file("etc/app.conf", "port = 9090\n"),
    file("etc/same.conf", "unchanged\n"),
    file("bin/app", "#!/bin/sh\nexec sleep 1\n", 0o755),
    // only the description changed: no restart, but a new file digest
    file("lib/systemd/system/app.service", unit("/usr/local/bin/app", "App!")),
    // what it runs changed: a restart
    file("lib/systemd/system/other.service", unit("/usr/local/bin/app --again", "Other")),
    file("etc/new.conf", "new\n"),
  ];
  const reused = buildGeneration(after, specs, [], known);
  const fresh = buildGeneration(after, specs);
  assert.deepEqual(reused.tables, fresh.tables);
  assert.deepEqual([...reused.restartDigests], [...fresh.restartDigests]);
  assert.notEqual(reused.gen, buildGeneration(before, specs).gen);
});
