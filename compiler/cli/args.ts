// Argument parsing shared by every command: options via node's parseArgs, and
// the site found from a positional path, --site, or ./site.ts.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig["options"]>;

export function parse<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: "boolean" as const, short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

const looksLikeSite = (arg: string): boolean =>
  /\.(m?ts|m?js)$/.test(arg) || (existsSync(arg) && statSync(arg).isDirectory() && existsSync(join(arg, "site.ts")));

/** Splits positionals into the site (first one if it looks like a path) and machine names. */
export function siteAndMachines(positionals: readonly string[], siteOption: string | undefined): { sitePath: string; machines: string[] } {
  const [first, ...rest] = positionals;
  let sitePath = siteOption;
  let machines = [...positionals];
  if (sitePath === undefined && first !== undefined && looksLikeSite(first)) {
    sitePath = first;
    machines = rest;
  }
  sitePath ??= "site.ts";
  if (existsSync(sitePath) && statSync(sitePath).isDirectory()) sitePath = join(sitePath, "site.ts");
  if (!existsSync(sitePath)) throw new UsageError(`cannot find ${sitePath}; pass the site as the first argument or with --site`);
  return { sitePath, machines };
}
