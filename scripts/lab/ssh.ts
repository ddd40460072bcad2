// Reaching targets over ssh from the host, the way hearth's ship does.
import { shCommand } from "../../compiler/shell-quote.ts";
import { run, type RunResult, sleep } from "./exec.ts";
import type { SshKey } from "./ssh-keys.ts";

/** ssh options for a lab target: the lab key only, no host key checking (targets are
 * throwaway and their host keys new on every boot), never a prompt, no user config. */
export function sshOptions(key: Pick<SshKey, "privateKeyPath">): string[] {
  return [
    "-F", "/dev/null",
    "-i", key.privateKeyPath,
    "-o", "IdentitiesOnly=yes",
    "-o", "StrictHostKeyChecking=no",
    "-o", "UserKnownHostsFile=/dev/null",
    "-o", "BatchMode=yes",
    "-o", "LogLevel=ERROR",
    "-o", "ConnectTimeout=5",
  ];
}

/** Run argv on the target as root over ssh. */
export function sshExec(
  target: { address: string },
  key: Pick<SshKey, "privateKeyPath">,
  argv: string[],
  opts: { input?: string | Buffer; allowFail?: boolean; timeoutMs?: number } = {},
): Promise<RunResult> {
  return run("ssh", [...sshOptions(key), `root@${target.address}`, "--", shCommand(argv)], opts);
}

/** Succeeds once `ssh root@ADDRESS true` does (retrying until timeoutMs). */
export async function waitForSsh(target: { address: string; name?: string }, key: Pick<SshKey, "privateKeyPath">, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await sshExec(target, key, ["true"], { allowFail: true, timeoutMs: Math.max(1000, deadline - Date.now()) });
    if (r.code === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`ssh root@${target.address} (${target.name ?? "lab target"}) failed: ${r.stderr.trim() || `exit ${r.code}`}`);
    }
    await sleep(100);
  }
}
