// What in a unit file decides whether the unit must restart. As NixOS's
// switch-to-configuration does, keys of [Unit] that only describe the unit or
// steer manual operations are ignored, and so is [Install] (enablement is
// shipped as *.wants/ links, which the plan handles as start/stop on its own).
// Any change still reloads the daemon: the installer reloads whenever a file
// below lib/systemd/ differs.
import { sha256 } from "./digest.ts";

/** [Unit] keys whose change needs no restart (NixOS's list). */
export const COSMETIC_UNIT_KEYS: ReadonlySet<string> = new Set([
  "Description",
  "Documentation",
  "OnFailure",
  "OnSuccess",
  "OnFailureJobMode",
  "IgnoreOnIsolate",
  "StopWhenUnneeded",
  "RefuseManualStart",
  "RefuseManualStop",
  "AllowIsolate",
  "CollectMode",
  "SourcePath",
]);

/** The unit file's lines that matter for a restart: no comments, no cosmetic keys, no [Install]. */
export function restartRelevantText(unitFile: string): string {
  const kept: string[] = [];
  let section = "";
  for (const raw of unitFile.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    if (line.startsWith("[")) {
      section = line;
      if (section !== "[Install]") kept.push(line);
      continue;
    }
    if (section === "[Install]") continue;
    const key = line.slice(0, line.indexOf("=")).trim();
    if (section === "[Unit]" && COSMETIC_UNIT_KEYS.has(key)) continue;
    kept.push(line);
  }
  return `${kept.join("\n")}\n`;
}

/** Digest of a unit file or drop-in for the unit's definition hash. */
export const restartDigest = (content: Uint8Array): string => sha256(restartRelevantText(Buffer.from(content).toString("utf8")));
