// Checks made where a node is made. They return problems instead of throwing, so
// one compile reports every mistake at once, each at the line that made it.
import { BoundedMemo } from "./bounded-memo.ts";

export const PREFIX = "/usr/local";
// No whitespace or shell/glob characters: the installer reads paths with `read` and word splitting.
const PATH_CHARS = /^[A-Za-z0-9._\-+@:=,%~\\]+$/;

/**
 * Problems with a target path. Layers run once per machine on every rebuild and
 * name the same paths each time: results for "path" are remembered by the path.
 */
const pathProblems = new BoundedMemo<readonly string[]>(100_000);
export function checkTargetPath(path: unknown, what = "path"): readonly string[] {
  if (what !== "path" || typeof path !== "string") return targetPathProblems(path, what);
  return pathProblems.get(path, () => targetPathProblems(path, what));
}

function targetPathProblems(path: unknown, what: string): readonly string[] {
  if (typeof path !== "string") return [`${what} must be a string, got ${typeof path}`];
  if (path !== PREFIX && !path.startsWith(`${PREFIX}/`))
    return [`${what} ${JSON.stringify(path)} is outside ${PREFIX}; hearth only writes below ${PREFIX} (state belongs in /var/lib, config for distro services is mounted with BindReadOnlyPaths=)`];
  const parts = path.slice(PREFIX.length + 1).split("/");
  if (path === PREFIX || parts.some((p) => p === "")) return [`${what} ${JSON.stringify(path)} has an empty component; write it as /usr/local/dir/name`];
  if (parts.some((p) => p === "." || p === "..")) return [`${what} ${JSON.stringify(path)} contains "." or ".."; write the path without them`];
  if (parts[0] === ".hearth") return [`${what} ${JSON.stringify(path)} is inside /usr/local/.hearth, which belongs to the installer`];
  const bad = parts.find((p) => !PATH_CHARS.test(p));
  if (bad !== undefined)
    return [`${what} ${JSON.stringify(path)} has a character hearth does not allow in "${bad}" (allowed: letters, digits and . _ - + @ : = , % ~ \\)`];
  if (parts.some((p) => p.length > 255)) return [`${what} ${JSON.stringify(path)} has a component longer than 255 bytes`];
  return [];
}

/** "/usr/local/bin/x" → "bin/x", the form the generation uses. */
export const relativeToPrefix = (path: string): string => path.slice(PREFIX.length + 1);

export function checkMode(mode: unknown): string[] {
  if (mode === undefined) return [];
  if (typeof mode !== "number" || !Number.isInteger(mode) || mode < 0 || mode > 0o7777)
    return [`mode must be an octal number such as 0o644 or 0o755, got ${JSON.stringify(mode)}`];
  return [];
}

const NAME = /^[a-z_][a-z0-9_-]*[$]?$/;
export function checkOwner(owner: unknown): string[] {
  if (owner === undefined) return [];
  if (typeof owner !== "string") return [`owner must be "user" or "user:group", got ${JSON.stringify(owner)}`];
  const [user, group, ...rest] = owner.split(":");
  if (rest.length > 0 || !NAME.test(user ?? "") || (group !== undefined && !NAME.test(group)))
    return [`owner ${JSON.stringify(owner)} is not "user" or "user:group" with valid user and group names`];
  return [];
}

/** A bare "user" keeps the group files are unpacked with (root), as `chown user` would. */
export const normalOwner = (owner: string | undefined): string =>
  owner === undefined ? "root:root" : owner.includes(":") ? owner : `${owner}:root`;

const UNIT_NAME = /^[A-Za-z0-9:_.\\-]+(@[A-Za-z0-9:_.\\-]*)?\.([a-z]+)$/;

/** systemd's unit name rules (systemd.unit(5)): allowed characters, one "@", a known type suffix. */
export function checkUnitName(name: unknown, type?: string): string[] {
  if (typeof name !== "string") return [`unit name must be a string, got ${typeof name}`];
  const m = UNIT_NAME.exec(name);
  if (!m) return [`${JSON.stringify(name)} is not a valid unit name: use letters, digits and ":_.-\\", at most one "@", and a type suffix such as .service`];
  if (name.length > 255) return [`unit name ${JSON.stringify(name)} is longer than 255 characters`];
  const suffix = m[2];
  if (type !== undefined && suffix !== type) return [`unit ${JSON.stringify(name)} is made with ${type}() but ends in .${suffix}`];
  if (!["service", "socket", "timer", "path", "mount", "automount", "swap", "target", "slice", "scope", "device"].includes(suffix ?? ""))
    return [`unit ${JSON.stringify(name)} has an unknown type suffix .${suffix}`];
  return [];
}

/** Appends the type suffix when the user left it out: service("web") is web.service. */
export const withSuffix = (name: string, type: string): string =>
  typeof name === "string" && !/\.[a-z]+$/.test(name) ? `${name}.${type}` : name;

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export function checkDnsLabel(name: unknown, what: string): string[] {
  if (typeof name !== "string" || !LABEL.test(name))
    return [`${what} ${JSON.stringify(name)} must be a DNS label: lowercase letters, digits and "-", at most 63 characters`];
  return [];
}

export function checkDomain(domain: unknown): string[] {
  if (typeof domain !== "string" || !domain.split(".").every((l) => LABEL.test(l)))
    return [`domain ${JSON.stringify(domain)} must be dot-separated DNS labels such as home.arpa`];
  return [];
}
