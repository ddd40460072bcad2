/**
 * Writes test/types/every-directive.fixture.ts from the table: per (file type, section,
 * directive) a valid example tsc must accept and a wrong one under `@ts-expect-error` it must
 * reject. `npm run gen:directives` writes it with the table; test/directives.test.ts checks it
 * is current and runs tsc over it.
 */
import { everyDirective, validExample, wrongExample } from "../../test/support/directive-examples.ts";

export function fixtureText(): string {
  const cases = everyDirective();
  const out: string[] = [
    "// GENERATED FILE: do not edit. Regenerate with `npm run gen:directives` (scripts/gen-directives/fixtures.ts).",
    "// Every directive of the table: a valid example tsc accepts, and a wrong one it must reject.",
    'import type { FileType, SectionsFor } from "../../dsl/directives.ts";',
    "",
    "type Block<T extends FileType, S extends keyof SectionsFor<T>> = Exclude<NonNullable<SectionsFor<T>[S]>, readonly unknown[]>;",
    "const ok = <T extends FileType, S extends keyof SectionsFor<T>>(_type: T, _section: S, block: Block<T, S>): Block<T, S> => block;",
    "",
  ];
  const bySection = new Map<string, typeof cases>();
  for (const c of cases) {
    const k = `${c.type}\0${c.section}`;
    bySection.set(k, [...(bySection.get(k) ?? []), c]);
  }
  let n = 0;
  for (const list of bySection.values()) {
    const { type, section } = list[0]!;
    out.push(`ok(${JSON.stringify(type)}, ${JSON.stringify(section)}, {`);
    for (const c of list) out.push(`  ${JSON.stringify(c.key)}: ${validExample(c.spec)},`);
    out.push("});");
    for (const c of list) {
      out.push(`ok(${JSON.stringify(type)}, ${JSON.stringify(section)}, {`, "  // @ts-expect-error wrong value", `  ${JSON.stringify(c.key)}: ${wrongExample(c.spec)},`, "});");
      n++;
    }
  }
  out.push("", `// ${n} directives`, "");
  return out.join("\n");
}
