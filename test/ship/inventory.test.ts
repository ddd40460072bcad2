// Where machines are reached: site.ts `ssh`, replaced per machine by --inventory.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { describeTarget, InventoryError, parseDestination, readInventory, resolveTargets } from "../../scripts/ship/inventory.ts";
import { SshSession, rsyncWord } from "../../scripts/ship/ssh.ts";

const inventoryFile = (json: unknown): string => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-inv-"));
  const path = join(dir, "inventory.json");
  writeFileSync(path, typeof json === "string" ? json : JSON.stringify(json));
  return path;
};

describe("parseDestination", () => {
  const cases: [string, ReturnType<typeof parseDestination>][] = [
    ["nas.home.arpa", { host: "nas.home.arpa" }],
    ["root@nas.home.arpa", { host: "nas.home.arpa", user: "root" }],
    ["admin@10.0.0.2:2222", { host: "10.0.0.2", user: "admin", port: 2222 }],
    ["ssh://root@web:22", { host: "web", user: "root", port: 22 }],
    ["fd00::2", { host: "fd00::2" }],
    ["root@[fd00::2]:2222", { host: "fd00::2", user: "root", port: 2222 }],
  ];
  for (const [text, expected] of cases) test(`"${text}"`, () => assert.deepEqual(parseDestination(text), expected));

  test("mistakes are described, never passed to ssh", () => {
    assert.match(parseDestination("root@web:99999") as string, /port "99999" must be 1–65535/);
    assert.match(parseDestination("-oProxyCommand=x") as string, /is not a host name/);
    assert.match(parseDestination("ro ot@web") as string, /is not a user name/);
    assert.match(parseDestination("root@") as string, /is not a host name/);
  });
});

describe("readInventory", () => {
  test("GIVEN relative key and known_hosts paths THEN they are relative to the inventory file", () => {
    const path = inventoryFile({ web: { host: "10.0.0.2", user: "root", port: 22, identity: "keys/id", knownHosts: "/abs/known_hosts" }, nas: { host: "nas" } });
    const inv = readInventory(path);
    assert.deepEqual(inv.entries.web, { host: "10.0.0.2", user: "root", port: 22, identity: join(path, "..", "keys/id"), knownHosts: "/abs/known_hosts" });
    assert.deepEqual(inv.entries.nas, { host: "nas" });
  });

  test("GIVEN several mistakes THEN one error lists them all, by machine", () => {
    const path = inventoryFile({ web: { user: "root", prot: 22 }, nas: { host: "nas", port: "22" }, db: "10.0.0.9" });
    assert.throws(
      () => readInventory(path),
      (e: Error) => {
        assert.ok(e instanceof InventoryError);
        assert.match(e.message, /has 4 problems/);
        assert.match(e.message, /"web": unknown field "prot"/);
        assert.match(e.message, /"web": "host" must be a host name/);
        assert.match(e.message, /"nas": "port" must be a number 1–65535, got "22"/);
        assert.match(e.message, /"db": expected an object/);
        return true;
      },
    );
  });

  test("a missing or malformed file says so", () => {
    assert.throws(() => readInventory("/nonexistent/inv.json"), /inventory \/nonexistent\/inv.json: no such file/);
    assert.throws(() => readInventory(inventoryFile("{ nope")), /inventory .*inventory\.json: .*JSON/);
    assert.throws(() => readInventory(inventoryFile([1])), /expected an object of machines/);
  });
});

describe("resolveTargets", () => {
  const site = [
    { name: "web", ssh: "root@web.home.arpa" },
    { name: "nas", ssh: "admin@nas.home.arpa:2222" },
    { name: "lab", ssh: undefined },
  ];

  test("GIVEN no inventory THEN site.ts destinations are used, and a machine without one is an error naming it", () => {
    const r = resolveTargets(site, undefined);
    assert.deepEqual(
      r.targets.map((t) => [t.machine, describeTarget(t), t.from]),
      [
        ["web", "root@web.home.arpa", "site.ts"],
        ["nas", "admin@nas.home.arpa:2222", "site.ts"],
      ],
    );
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0]!, /^machine "lab" has no ssh destination: add ssh: .* to machine\("lab", …\) in site\.ts, or pass --inventory FILE/);
  });

  test("GIVEN an inventory THEN its entry replaces the site's destination as a whole", () => {
    const inv = readInventory(inventoryFile({ nas: { host: "10.0.0.3" }, lab: { host: "10.0.0.4", port: 2200 } }));
    const r = resolveTargets(site, inv);
    assert.deepEqual(r.errors, []);
    const nas = r.targets.find((t) => t.machine === "nas")!;
    assert.equal(describeTarget(nas), "10.0.0.3", "no user or port carried over from site.ts");
    assert.equal(nas.from, inv.path);
    assert.equal(describeTarget(r.targets.find((t) => t.machine === "lab")!), "10.0.0.4:2200");
    assert.equal(describeTarget(r.targets.find((t) => t.machine === "web")!), "root@web.home.arpa");
  });

  test("GIVEN an inventory entry that names no machine of the site THEN a warning (a typo must not ship to production)", () => {
    const inv = readInventory(inventoryFile({ wbe: { host: "10.0.0.2" }, nas: { host: "10.0.0.3" } }));
    const r = resolveTargets(site.slice(0, 1), inv, { allNames: site.map((m) => m.name) });
    assert.deepEqual(r.warnings.length, 1);
    assert.match(r.warnings[0]!, /names "wbe", which is not a machine of this site/);
  });

  test("a bad site.ts destination is an error naming the machine", () => {
    const r = resolveTargets([{ name: "web", ssh: "root@web:0" }], undefined);
    assert.match(r.errors[0]!, /^machine "web": ssh "root@web:0": port "0" must be 1–65535/);
  });
});

describe("ssh options", () => {
  const target = { machine: "web", host: "10.0.0.2", user: "root", port: 2222, identity: "/k/id", knownHosts: "/k/known_hosts", from: "inv.json" };
  const session = new SshSession(target, "/tmp/hearth-ssh-x/0");

  test("the user's ssh config applies: never -F; the lab's known_hosts is checked strictly", () => {
    const opts = session.muxOptions();
    assert.ok(!opts.includes("-F"));
    assert.ok(opts.includes("UserKnownHostsFile=/k/known_hosts") && opts.includes("StrictHostKeyChecking=yes"));
    assert.ok(opts.includes("ControlPath=/tmp/hearth-ssh-x/0") && opts.includes("ControlMaster=no"));
    assert.deepEqual(opts.slice(opts.indexOf("-p"), opts.indexOf("-p") + 2), ["-p", "2222"]);
    assert.deepEqual(opts.slice(opts.indexOf("-i"), opts.indexOf("-i") + 2), ["-i", "/k/id"]);
  });

  test("rsync -e gets the same options, quoted the way rsync splits them", () => {
    assert.match(session.rsyncShell(), /^ssh .*-o ControlPath=\/tmp\/hearth-ssh-x\/0 /);
    assert.equal(rsyncWord("/path with space/id"), '"/path with space/id"');
    assert.throws(() => rsyncWord('a"b'), /cannot pass/);
  });
});
