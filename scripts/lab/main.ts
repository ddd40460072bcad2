// The lab by hand (for humans and debugging; `hearth lab` will wrap the same library):
//
//   node --import tsx scripts/lab/main.ts up NAME... [--extra-packages=PKG,PKG]
//   node --import tsx scripts/lab/main.ts down NAME... | down --all
//   node --import tsx scripts/lab/main.ts exec NAME [-- CMD...]   (default: a login shell)
//   node --import tsx scripts/lab/main.ts ssh NAME [-- CMD...]
//   node --import tsx scripts/lab/main.ts status
//   node --import tsx scripts/lab/main.ts inventory               (JSON for ship --inventory)
//
// Targets brought up here persist after this command exits, until `down`.
import { shCommand } from "../../compiler/shell-quote.ts";
import { spawnSync } from "node:child_process";
import {
  CONTAINER_ENV,
  attachTarget,
  bootTarget,
  ensureBaseRootfs,
  isOrphan,
  labSshKey,
  listTargets,
  nsenterArgv,
  reapOrphans,
  sshOptions,
} from "./index.ts";
import { hostEnv, isAlive } from "./exec.ts";

const USAGE = `usage: lab up NAME... [--extra-packages=PKG,...] | down NAME... | down --all
       lab exec NAME [-- CMD...] | ssh NAME [-- CMD...] | status | inventory`;

function die(msg: string, code = 2): never {
  process.stderr.write(`${msg}\n`);
  process.exit(code);
}

function needRoot(): void {
  if (process.getuid?.() !== 0) die("hearth lab: needs root (namespaces, mounts, systemd-nspawn)", 1);
}

function splitCommand(args: string[]): { name: string; cmd: string[] } {
  const [name, ...rest] = args;
  if (!name) die(USAGE);
  const cmd = rest[0] === "--" ? rest.slice(1) : rest;
  return { name, cmd };
}

async function up(args: string[]): Promise<void> {
  const extra = args.find((a) => a.startsWith("--extra-packages="));
  const names = args.filter((a) => !a.startsWith("--"));
  if (names.length === 0) die(USAGE);
  const taken = new Set(listTargets().filter((t) => !t.state.owner).map((t) => t.name));
  for (const n of names) if (taken.has(n)) die(`hearth lab: ${n} is already up (lab down ${n} first)`, 1);
  const extraPackages = extra ? extra.slice("--extra-packages=".length).split(",").filter(Boolean) : [];
  const base = await ensureBaseRootfs({ extraPackages });
  const key = await labSshKey();
  const results = await Promise.allSettled(
    names.map((name) => bootTarget({ name, base, authorizedKey: key.publicKey, persist: true })),
  );
  let failed = false;
  for (const [i, r] of results.entries()) {
    if (r.status === "fulfilled") {
      const t = r.value;
      const note = t.bootState === "degraded" ? ` (degraded: ${t.failedUnits.join(" ")})` : "";
      console.log(`${t.name}\t${t.address}\t${t.id}\t${t.bootMs} ms${note}`);
    } else {
      failed = true;
      process.stderr.write(`${names[i]}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}\n`);
    }
  }
  console.log(`ssh: ssh -i ${key.privateKeyPath} root@ADDRESS   (or: lab ssh NAME)`);
  if (failed) process.exitCode = 1;
}

async function down(args: string[]): Promise<void> {
  const all = args.includes("--all");
  const force = args.includes("--force");
  const names = args.filter((a) => !a.startsWith("--"));
  if (!all && names.length === 0) die(USAGE);
  if (all) {
    for (const name of await reapOrphans()) console.log(`${name}\torphan, removed`);
  }
  const targets = all
    ? listTargets().filter((t) => !t.state.owner)
    : names.map((n) => {
        try {
          return attachTarget(n);
        } catch (e) {
          return die(`hearth lab: ${(e as Error).message}`, 1);
        }
      });
  for (const t of targets) {
    if (t.state.owner && !isOrphan(t.state) && !force) {
      die(`hearth lab: ${t.name} (${t.id}) belongs to running process ${t.state.owner.pid}; --force to take it down anyway`, 1);
    }
  }
  await Promise.all(
    targets.map(async (t) => {
      const t0 = Date.now();
      await t.down();
      console.log(`${t.name}\t${t.id}\tdown in ${Date.now() - t0} ms`);
    }),
  );
}

function status(): void {
  const rows = listTargets().map((t) => {
    const s = t.state;
    const alive = isAlive(s.init?.pid, s.init?.start);
    const owner = !s.owner ? "persistent" : isOrphan(s) ? `orphan (pid ${s.owner.pid} gone)` : `pid ${s.owner.pid}`;
    let state = alive ? "up" : "dead";
    if (alive) {
      const [cmd, ...argv] = nsenterArgv(s.init!.pid, ["systemctl", "is-system-running"]);
      const r = spawnSync(cmd!, argv, { env: CONTAINER_ENV, encoding: "utf8" });
      state = r.stdout.trim() || "unknown";
    }
    return [s.name, s.address, s.id, state, owner, s.createdAt];
  });
  if (rows.length === 0) return void console.log("no lab targets");
  const head = ["NAME", "ADDRESS", "ID", "STATE", "OWNER", "CREATED"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
}

async function inventory(): Promise<void> {
  const key = await labSshKey();
  const inv: Record<string, { host: string; user: string; port: number; identity: string }> = {};
  for (const t of listTargets()) {
    if (!t.state.owner) inv[t.name] = { host: t.address, user: "root", port: 22, identity: key.privateKeyPath };
  }
  console.log(JSON.stringify(inv, null, 2));
}

function execIn(args: string[]): void {
  const { name, cmd } = splitCommand(args);
  const t = attachTarget(name);
  const argv = nsenterArgv(t.pid, cmd.length ? cmd : ["/bin/bash", "-l"]);
  const r = spawnSync(argv[0]!, argv.slice(1), { stdio: "inherit", env: { ...CONTAINER_ENV, TERM: process.env.TERM ?? "dumb" } });
  process.exitCode = r.status ?? 1;
}

async function ssh(args: string[]): Promise<void> {
  const { name, cmd } = splitCommand(args);
  const t = attachTarget(name);
  const key = await labSshKey();
  const argv = [...sshOptions(key), ...(cmd.length ? [] : ["-t"]), `root@${t.address}`, ...(cmd.length ? ["--", shCommand(cmd)] : [])];
  const r = spawnSync("ssh", argv, { stdio: "inherit", env: hostEnv() });
  process.exitCode = r.status ?? 1;
}

const [command, ...rest] = process.argv.slice(2);
try {
  switch (command) {
    case "up":
      needRoot();
      await up(rest);
      break;
    case "down":
      needRoot();
      await down(rest);
      break;
    case "exec":
      needRoot();
      execIn(rest);
      break;
    case "ssh":
      await ssh(rest);
      break;
    case "status":
      status();
      break;
    case "inventory":
      await inventory();
      break;
    default:
      die(USAGE);
  }
} catch (e) {
  die(`hearth lab: ${e instanceof Error ? e.message : String(e)}`, 1);
}
