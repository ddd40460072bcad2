// Every machine's firewall ruleset, checked by nft itself (nft-check.ts) before
// anything is written: a ruleset nft would refuse never reaches a machine. Each
// distinct text is checked once per session, so a rebuild pays only for a
// ruleset that changed; a ruleset nft accepted is remembered on disk too (an
// empty file named by its hash in ~/.cache/hearth/nft/, beside the other caches),
// so a cold compile spawns nft only for rulesets it has never seen.
import { sha256 } from "../digest.ts";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { relativeToPrefix } from "../../dsl/validate.ts";
import { RULESET } from "../../stdlib/network/firewall.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { EvaluatedSite } from "../evaluate.ts";
import type { MachineResult } from "../machine.ts";
import { checkRuleset, nftPath, type RulesetCheck } from "./nft-check.ts";
import { hearthCacheDir } from "../cache-dir.ts";

const RULESET_PATH = relativeToPrefix(RULESET);

const cacheDir = (): string => hearthCacheDir("nft");

/** nft's verdict, from the disk cache when this nft (by path and mtime) accepted this text before. */
async function checkCached(text: string, name: string): Promise<RulesetCheck> {
  const nft = nftPath();
  const stamp = nft ? `${nft}:${statSync(nft).mtimeMs}` : "none";
  const marker = join(cacheDir(), `${sha256(`${stamp}\0${text}`)}.ok`);
  if (existsSync(marker)) return { ok: true };
  const got = await checkRuleset(text, name);
  if (got.ok === true) {
    try {
      mkdirSync(cacheDir(), { recursive: true });
      writeFileSync(marker, "");
    } catch {
      // only a cache: the next compile asks nft again
    }
  }
  return got;
}

export async function checkRulesets(ev: EvaluatedSite, results: readonly MachineResult[], seen: Map<string, Promise<RulesetCheck>>): Promise<Diagnostic[]> {
  const checks = results.flatMap((r) => {
    const entry = r.generation?.tree.find((e) => e.path === RULESET_PATH);
    if (!entry?.content) return [];
    const text = Buffer.from(entry.content).toString("utf8");
    let check = seen.get(text);
    if (!check) seen.set(text, (check = checkCached(text, `${r.machine.name}:${RULESET}`)));
    return [{ machine: r.machine, check }];
  });
  const diagnostics: Diagnostic[] = [];
  for (const { machine, check } of checks) {
    const got = await check;
    if (got.ok === false)
      diagnostics.push({
        severity: "error",
        message: `nft refuses the firewall ruleset hearth rendered for "${machine.name}":\n${got.message}`,
        at: ev.place(machine.at),
        hint: "this is a bug in hearth's firewall rendering (stdlib/network/firewall.ts) or an allow() nft cannot express; please report it with the message",
        machine: machine.name,
      });
  }
  return diagnostics;
}
