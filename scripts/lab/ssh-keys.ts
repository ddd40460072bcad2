// ssh keys: the lab's client key (cached, shared by every target) and per-target host keys.
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { run } from "./exec.ts";
import { withLock } from "./lock.ts";
import { LAB_CACHE_DIR } from "./paths.ts";

export interface SshKey {
  privateKeyPath: string;
  /** The one-line OpenSSH public key ("ssh-ed25519 AAAA... comment"). */
  publicKey: string;
}

const KEY_DIR = join(LAB_CACHE_DIR, "ssh");
const KEY_NAME = "id_ed25519";

/** The lab's ed25519 client key, made once and cached under /var/cache/hearth/lab/ssh. */
export async function labSshKey(): Promise<SshKey> {
  const privateKeyPath = join(KEY_DIR, KEY_NAME);
  if (!existsSync(privateKeyPath)) {
    await withLock(join(LAB_CACHE_DIR, ".lock-ssh"), async () => {
      if (existsSync(privateKeyPath)) return;
      await mkdir(LAB_CACHE_DIR, { recursive: true });
      // Generated in a temp dir that is renamed into place: both files exist or neither.
      const tmp = await mkdtemp(join(LAB_CACHE_DIR, ".ssh-"));
      try {
        await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hearth-lab", "-f", join(tmp, KEY_NAME)]);
        await chmod(tmp, 0o700);
        await rename(tmp, KEY_DIR);
      } catch (e) {
        await rm(tmp, { recursive: true, force: true });
        throw e;
      }
    });
  }
  return { privateKeyPath, publicKey: (await readFile(`${privateKeyPath}.pub`, "utf8")).trim() };
}

/** Install an ed25519 host key into etc/ssh of a root filesystem: the given one, or a
 * fresh one. Returns the public key line (for a known_hosts entry). */
export async function installHostKey(root: string, hostname: string, given?: { privateKeyPath: string }): Promise<string> {
  const dest = join(root, "etc/ssh/ssh_host_ed25519_key");
  await rm(dest, { force: true });
  await rm(`${dest}.pub`, { force: true });
  if (given) {
    const pub = existsSync(`${given.privateKeyPath}.pub`)
      ? await readFile(`${given.privateKeyPath}.pub`, "utf8")
      : (await run("ssh-keygen", ["-y", "-f", given.privateKeyPath])).stdout;
    await copyFile(given.privateKeyPath, dest);
    await chmod(dest, 0o600);
    await writeFile(`${dest}.pub`, `${pub.trim()}\n`);
  } else {
    await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `root@${hostname}`, "-f", dest]);
  }
  return (await readFile(`${dest}.pub`, "utf8")).trim();
}
