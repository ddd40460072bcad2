// Renders a compile result as readable text: one "---- /usr/local/… ----" header
// per path followed by the file's text, then each unit's activation facts.
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff.
import type { CompileResult } from "../../compiler/compile.ts";
import { formatDiagnostics } from "../../compiler/diagnostics.ts";
import { sha256 } from "../../compiler/digest.ts";

const asText = (b: Uint8Array): string | undefined => {
  const text = Buffer.from(b).toString("utf8");
  return b.includes(0) || !Buffer.from(text).equals(Buffer.from(b)) ? undefined : text;
};

export function renderGolden(result: CompileResult, cwd: string): string {
  if (!result.ok) return `==== diagnostics ====\n${formatDiagnostics(result.diagnostics, cwd)}`;
  const out: string[] = [];
  for (const m of result.machines) {
    out.push(`==== machine ${m.name} ====`);
    for (const e of m.generation.tree) {
      const where = `/usr/local/${e.path}`;
      if (e.kind === "d") out.push(`---- ${where}/ (${e.mode.toString(8)} ${e.owner}) ----`);
      else if (e.kind === "l") out.push(`---- ${where} -> ${e.target} ----`);
      else {
        const bytes = e.content ?? new Uint8Array();
        const text = asText(bytes);
        out.push(`---- ${where} (${e.mode.toString(8)} ${e.owner}) ----`);
        out.push(text === undefined ? `<${bytes.length} bytes, sha256 ${sha256(bytes)}>` : text.endsWith("\n") || text === "" ? text.slice(0, -1) : `${text}\n<no newline at end>`);
      }
    }
    out.push("---- units ----");
    for (const u of m.generation.units) out.push(`${u.unit} [${u.flags.join(",")}] inputs: ${u.inputs.join(" ")}`);
    if (m.generation.packages.length > 0) out.push(`---- packages ----\n${m.generation.packages.join(" ")}`);
    if (m.checks.length > 0) out.push("---- health checks ----", ...m.checks.map((c) => `${JSON.stringify(c.check)} within ${c.timeout}s (layer "${c.layer}")`));
  }
  return `${out.join("\n")}\n`;
}
