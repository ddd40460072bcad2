// An exclusive lock between processes (parallel test files, the CLI): flock(1) locks the
// open file description we hand it as fd 3, which this process keeps open after flock
// exits. The kernel drops the lock when we close it, or when this process dies, so a
// killed process never leaves a stale lock behind.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import { hostEnv, run } from "./exec.ts";

/** Run fn holding the lock. fn gets the locked fd: a child given it as an extra fd holds
 * the lock too, until it and all its descendants are gone (see base-rootfs.ts). */
export async function withLock<T>(path: string, fn: (lockFd: number) => Promise<T>): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, "a");
  try {
    await run("flock", ["--exclusive", "3"], { extraFds: [handle.fd] });
    return await fn(handle.fd);
  } finally {
    await handle.close();
  }
}

/**
 * withLock() for process 'exit' hooks, where nothing asynchronous runs. It gives up after
 * waitSeconds and returns undefined instead of blocking for good: an exit hook must end.
 */
export function withLockSync<T>(path: string, fn: () => T, waitSeconds = 10): T | undefined {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "a");
  try {
    const r = spawnSync("flock", ["--exclusive", "--wait", String(waitSeconds), "3"], {
      stdio: ["ignore", "ignore", "ignore", fd],
      env: hostEnv(),
    });
    if (r.status !== 0) return undefined;
    return fn();
  } finally {
    closeSync(fd);
  }
}
