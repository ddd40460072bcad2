// stdlib modules, as a site uses them through "hearth/stdlib".
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileSite } from "../compiler/compile.ts";
import { formatDiagnostics } from "../compiler/diagnostics.ts";
import { lineOf, tempSite } from "./support/temp-site.ts";

const site = (call: string) => `import { file, layer, machine, site } from "hearth";
import { distroService } from "hearth/stdlib";
const web = layer("web", [
  file("/usr/local/etc/redis.conf", "port 6379\\n"),
  ...distroService(${call}), /*@*/
]);
export default site({ name: "t", domain: "t.test", machines: [machine("m", { layers: [web] })] });
`;

const dropinText = async (call: string) => {
  const source = site(call);
  const { sitePath } = tempSite(source);
  const r = await compileSite({ sitePath, write: false });
  assert.ok(r.ok, formatDiagnostics(r.diagnostics));
  const e = r.machines[0]!.generation.tree.find((x) => x.path === "lib/systemd/system/redis-server.service.d/hearth.conf")!;
  return Buffer.from(e.content!).toString();
};

test("distroService mounts hearth's config over the distro's, allows writes only where declared, and sandboxes the daemon", async () => {
  const text = await dropinText(`"redis-server.service", { config: { "/etc/redis/redis.conf": "/usr/local/etc/redis.conf" }, writable: ["/var/lib/redis"] }`);
  assert.match(text, /^BindReadOnlyPaths=\/usr\/local\/etc\/redis\.conf:\/etc\/redis\/redis\.conf$/m);
  assert.match(text, /^ReadWritePaths=\/var\/lib\/redis$/m);
  for (const setting of ["ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "NoNewPrivileges=yes"]) assert.match(text, new RegExp(`^${setting}$`, "m"));
});

test("the site's own [Service] settings win over the sandbox", async () => {
  const text = await dropinText(`"redis-server.service", { Service: { PrivateDevices: false } }`);
  assert.match(text, /^PrivateDevices=no$/m);
  assert.doesNotMatch(text, /^PrivateDevices=yes$/m);
});

test("a mistake in a stdlib call is reported at the site's line, not inside stdlib", async () => {
  const source = site(`"redis-server.service", { Service: { ProtectSystem: "sometimes" as any } }`);
  const { dir, sitePath } = tempSite(source);
  const r = await compileSite({ sitePath, write: false });
  assert.equal(r.ok, false);
  assert.match(formatDiagnostics(r.diagnostics, dir), new RegExp(`^site\\.ts:${lineOf(source, "/*@*/")}: error: .*ProtectSystem`, "m"));
});
