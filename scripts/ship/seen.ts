// Which activation of a machine this checkout last saw to its end, so that a ship
// finding a finished activation it did not see end (the shipper was killed, the
// connection dropped) reports how it ended before doing anything else.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shipCacheDir } from "./transfer.ts";

const file = (machineOut: string): string => join(shipCacheDir(machineOut), "last-activation");

export function lastSeenActivation(machineOut: string): string | undefined {
  try {
    return readFileSync(file(machineOut), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

export function markActivationSeen(machineOut: string, id: string): void {
  mkdirSync(shipCacheDir(machineOut), { recursive: true });
  writeFileSync(file(machineOut), `${id}\n`);
}
