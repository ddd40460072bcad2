// ^C at a terminal reaches `hearth watch` and the process it runs in (one process
// group): the watch stops cleanly once, exit status 0, not killed by a second signal.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { tempSite } from "./support/temp-site.ts";

const bin = join(import.meta.dirname, "..", "bin", "hearth.js");

test("^C to the watch's process group: one clean stop, exit 0", async () => {
  const { dir } = tempSite(`import { file, layer, machine, site } from "hearth";
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [layer("a", [file("/usr/local/etc/a", "1")])] })] });
`);
  // GIVEN a watch in a process group of its own, as a terminal starts it
  const child = spawn(process.execPath, [bin, "watch", "site.ts"], { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 200 && !/built 1 machine/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(out, /built 1 machine/);
  // WHEN the terminal's ^C reaches the whole group
  process.kill(-child.pid!, "SIGINT");
  // THEN it stops the way it says it does
  const { code, signal } = await exited;
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, out);
  assert.match(out, /hearth watch: stopping/);
});
