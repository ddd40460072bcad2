// hearth's own files (the installer) are found from the package root,
// which works both from source and from the bundled CLI in dist/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("hearth: cannot find its package.json");
    dir = up;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const installerPath = join(packageRoot, "compiler", "installer", "install.sh");

let installer: Buffer | undefined;
/** install.sh, read once per process: every machine's out/ holds these bytes. */
export const installerScript = (): Buffer => (installer ??= readFileSync(installerPath));
