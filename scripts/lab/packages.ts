// Host packages the lab needs. scripts/ensure-packages.sh installs whatever is missing
// (apt, as root), so a fresh Debian machine needs nothing but `npm ci`.
import { join } from "node:path";
import { packageRoot } from "../../compiler/package-root.ts";
import { run } from "./exec.ts";

export const LAB_HOST_PACKAGES = [
  "debootstrap", // builds the base root filesystem
  "systemd-container", // systemd-nspawn
  "rsync",
  "openssh-client", // ssh, ssh-keygen
  "iproute2", // ip netns, veth
  "util-linux", // nsenter, flock, mount
] as const;

let ensured: Promise<void> | undefined;

export function ensureLabHostPackages(): Promise<void> {
  ensured ??= (async () => {
    // from the package root, which also holds when this runs from the bundled CLI in dist/
    const script = join(packageRoot, "scripts", "ensure-packages.sh");
    await run("sh", [script, ...LAB_HOST_PACKAGES], { passStderr: true });
  })().catch((e: unknown) => {
    ensured = undefined;
    throw e;
  });
  return ensured;
}
