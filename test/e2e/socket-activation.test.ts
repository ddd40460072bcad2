// Socket activation on a real systemd: when a socket unit changes, the service it
// activates holds the old listening socket, so the installer stops that service
// before restarting the socket; the next connection starts it again, on the new socket.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { compileSite } from "../../compiler/compile.ts";
import { bootTarget, ensureBaseRootfs, labSshKey, type BootedTarget } from "../../scripts/lab/index.ts";
import { tempSite } from "../support/temp-site.ts";

const skip = process.getuid?.() === 0 ? false : "needs root to boot systemd-nspawn targets";

// systemd's own socket proxy takes the listening socket from systemd (Accept=no) and
// forwards every connection to sshd, whose banner proves the path works.
const siteOn = (port: number) => `import { layer, machine, service, site, socket } from "hearth";
const proxy = layer("proxy", [
  socket("sshproxy", { Socket: { ListenStream: ["127.0.0.1:${port}"] }, Install: { WantedBy: ["sockets.target"] } }),
  service("sshproxy", { Service: { ExecStart: ["/lib/systemd/systemd-socket-proxyd", "127.0.0.1:22"] } }),
]);
export default site({ name: "s", domain: "s.test", machines: [machine("box", { layers: [proxy] })] });
`;

describe("socket-activated services on a real systemd", { skip, timeout: 180_000 }, () => {
  let target: BootedTarget;
  before(async () => {
    const [base, key] = await Promise.all([ensureBaseRootfs(), labSshKey()]);
    target = await bootTarget({ name: "sock", base, authorizedKey: key.publicKey });
    for (const [name, port] of [["v1", 2201], ["v2", 2202]] as const) {
      const { dir, sitePath } = tempSite(siteOn(port));
      const r = await compileSite({ sitePath, outDir: join(dir, "out") });
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
      await target.copyIn(join(dir, "out", "box"), `/root/${name}`);
    }
  });
  after(async () => target?.down());

  /** The first line a TCP connection to 127.0.0.1:PORT inside the target receives. */
  const banner = async (port: number) =>
    (await target.exec(["timeout", "5", "bash", "-c", `exec 3<>/dev/tcp/127.0.0.1/${port} && head -n 1 <&3`], { allowFail: true })).stdout;

  test("a connection to the socket starts the service, which answers", async () => {
    const r = await target.exec(["sh", "/root/v1/install.sh"], { allowFail: true, timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(await banner(2201), /^SSH-2\.0-/);
    assert.equal((await target.exec(["systemctl", "is-active", "sshproxy.service"], { allowFail: true })).stdout.trim(), "active");
  });

  test("moving the socket to another port stops the running service and serves on the new port", async () => {
    const r = await target.exec(["sh", "/root/v2/install.sh"], { allowFail: true, timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /restart\s+sshproxy\.socket/);
    assert.match(await banner(2202), /^SSH-2\.0-/);
    assert.equal(await banner(2201), "", "nothing listens on the old port any more");
  });
});
