// The network DSL's types catch the mistakes an editor can: a LAN joined as an
// overlay peer, an overlay joined through an interface, a firewall opening from
// something that is not a network. The @ts-expect-error lines below are checked
// by the type checker (test/typecheck.test.ts); JavaScript users get the same
// mistakes as compile errors, checked here.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allow, iface, network, overlay, peer, roadWarrior } from "../dsl/index.ts";

const lan = network("lan", { ipv4: { size: 24 } });
const mesh = overlay("mesh", { port: 51820, roadWarriors: [roadWarrior("phone")] });

export const typed = [iface(lan, { name: "eth0" }), iface(lan, { name: "br0", bridge: ["eth1"], ipv4: "dhcp" }), peer(mesh, { implementation: "userspace" }), allow({ tcp: [80], from: [lan, mesh] })];
// @ts-expect-error a LAN is joined with iface(), not peer()
export const lanAsPeer = peer(lan);
// @ts-expect-error an overlay is joined with peer(), not iface()
export const overlayAsIface = iface(mesh, { name: "wg0" });
// @ts-expect-error implementation is "kernel" or "userspace"
export const badImplementation = peer(mesh, { implementation: "boringtun" });
// @ts-expect-error ipv4 is { size } or { subnet }
export const badNeed = network("x", { ipv4: "10.0.0.0/24" });
// @ts-expect-error from lists networks, or is "any"
export const badFrom = allow({ tcp: [22], from: ["lan"] });
// @ts-expect-error an interface needs its name
export const noName = iface(lan, {});

test("the same mistakes made without types are problems the compiler reports", () => {
  const untyped = (f: (...args: never[]) => { problems: readonly string[] }, ...args: unknown[]) => (f as (...a: unknown[]) => { problems: readonly string[] })(...args).problems;
  assert.match(untyped(peer, lan)[0]!, /peer\(\) joins an overlay made with overlay\(\); join a LAN with iface\(\)/);
  assert.match(untyped(iface, mesh, { name: "wg0" })[0]!, /iface\(\) joins a network made with network\(\); join an overlay with peer\(\)/);
  assert.match(untyped(peer, mesh, { implementation: "boringtun" })[0]!, /implementation must be "kernel" or "userspace"/);
  assert.match(untyped(network, "x", { ipv4: "10.0.0.0/24" })[0]!, /ipv4 must be \{ size: 24 \} or \{ subnet/);
  assert.match(untyped(allow, { tcp: [22], from: ["lan"] })[0]!, /from must be a list of networks/);
  assert.match(untyped(iface, lan, {})[0]!, /interface name undefined must be 1 to 15 characters/);
  assert.deepEqual(typed.flatMap((t) => t.problems), []);
});
