// Where hearth keeps what it can compute again: $XDG_CACHE_HOME/hearth, else
// ~/.cache/hearth. One place per user to clear; never shipped, never in out/.
import { homedir } from "node:os";
import { join } from "node:path";

/** $XDG_CACHE_HOME/hearth/<parts…> (an empty XDG_CACHE_HOME counts as unset, as the spec says). */
export const hearthCacheDir = (...parts: string[]): string => join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "hearth", ...parts);
