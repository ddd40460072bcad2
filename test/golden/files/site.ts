// Every kind of file a layer can write, and how layers combine.
import { dir, file, fromFile, layer, link, machine, site, tree } from "hearth";

const base = layer("base", (m) => [
  file("/usr/local/etc/greeting", `hello from ${m.name} (${m.facts.arch}, ${m.facts.nproc} cores)\n`),
  file("/usr/local/etc/hosts.extra", "10.0.0.1 router\n"),
  file("/usr/local/share/blob.bin", new Uint8Array([0, 1, 2, 255])),
  file("/usr/local/bin/tool", fromFile("tool.sh")),
  file("/usr/local/etc/app.conf", "level=info\n"),
  link("/usr/local/bin/tool-alias", "tool"),
  dir("/usr/local/share/empty", { mode: 0o750, owner: "root:adm" }),
  tree("/usr/local/etc/extra", "extra"),
]);

const site2 = layer("site-overrides", [
  file("/usr/local/etc/hosts.extra", "10.0.0.2 nas\n", { combine: "append" }),
  file("/usr/local/etc/app.conf", "level=debug\n", { combine: "override", mode: 0o640, owner: "root:adm" }),
]);

export default site({
  name: "golden",
  domain: "golden.test",
  machines: [machine("one", { facts: { arch: "x86_64", nproc: 2 }, layers: [base, site2] })],
});
