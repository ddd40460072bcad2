// `hearth compile`: evaluate site.ts, compile every (or every named) machine,
// and write out/<machine>/ only when nothing in the whole site is wrong. One-shot
// commands use a session for one build; `hearth watch` keeps one warm.
import type { CompileOptions, CompileResult } from "./compile-parts.ts";
import { CompileSession } from "./session.ts";

export type { CompiledMachine, CompileOptions, CompileResult } from "./compile-parts.ts";
export { dedupeDiagnostics } from "./compile-parts.ts";

export async function compileSite(options: CompileOptions): Promise<CompileResult> {
  const session = new CompileSession(options.sitePath, options.reader);
  try {
    return await session.compile(options);
  } finally {
    await session.dispose();
  }
}
