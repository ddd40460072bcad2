// Checks an nftables ruleset with nft itself (`nft -c`: parsed, then sent to the kernel as
// a transaction that is validated and never committed), so a ruleset hearth renders is known
// to load before it reaches a machine. The text goes in on stdin: no temporary file to clean
// up. Root runs nft directly (-c never commits, so the host's ruleset is not touched); anyone
// else runs it in a new user and network namespace (`unshare -rn`), where they hold
// CAP_NET_ADMIN over an empty ruleset. hearth's rulesets name no table but their own, which
// they create in the same transaction, so the host's ruleset never changes the answer.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runProcess } from "../../scripts/process.ts";

export type RulesetCheck = { readonly ok: true } | { readonly ok: false; readonly message: string } | { readonly ok: "skipped"; readonly why: string };

// /usr/sbin is often missing from a user's PATH, and that is where Debian puts nft
const SEARCH = [...(process.env.PATH ?? "").split(":").filter((d) => d !== ""), "/usr/sbin", "/sbin"];
const TIMEOUT_MS = 10_000;

/** nft's path on this computer, if it has one. */
export const nftPath = (): string | undefined => SEARCH.map((d) => join(d, "nft")).find((p) => existsSync(p));

/**
 * Whether `nft -f` would load `text`. nft's own message comes back on failure, with
 * positions in `name` (nft reads stdin, which it calls /dev/stdin).
 */
export async function checkRuleset(text: string, name = "hearth.nft"): Promise<RulesetCheck> {
  const nft = nftPath();
  if (nft === undefined) return { ok: "skipped", why: "nft is not installed (Debian package nftables)" };
  const isRoot = process.getuid?.() === 0;
  const check = ["-c", "-f", "-"];
  const options = { input: text, timeoutMs: TIMEOUT_MS };
  const r = await (isRoot ? runProcess(nft, check, options) : runProcess("unshare", ["-rn", nft, ...check], options)).catch((e: Error) => e);
  if (r instanceof Error) return { ok: "skipped", why: r.message };
  if (r.code === 0) return { ok: true };
  const output = `${r.stderr}${r.stdout}`.trim();
  // unshare's own failure (no user namespaces for this user, say) says nothing about the ruleset
  if (output.startsWith("unshare:")) return { ok: "skipped", why: `cannot make a network namespace to check in: ${output}` };
  // nft without CAP_NET_ADMIN (root in an unprivileged container) cannot ask the kernel
  if (/Operation not permitted/.test(output)) return { ok: "skipped", why: `nft may not talk to the kernel here: ${output}` };
  if (r.code === 124) return { ok: false, message: `nft -c took longer than ${TIMEOUT_MS / 1000}s` };
  return { ok: false, message: output.replaceAll("/dev/stdin:", `${name}:`) };
}
