/**
 * A small reader for the roff that systemd's man pages are built as (DocBook → man). It knows
 * only what those pages use: `.SH`/`.SS` headings, `.PP` paragraphs, `.RS`/`.RE` indents, and
 * a directive entry, which is a `.PP` whose first line is `\fIName=\fR[, \fIOther=\fR…]`
 * followed by an indented body.
 */

/** One documented directive entry: the names it documents, its heading path and its text. */
export interface ManEntry {
  /** directive names without "=", in the order the page lists them */
  readonly names: readonly string[];
  /** the `.SH` heading it is under, e.g. "[MATCH] SECTION OPTIONS" */
  readonly heading: string;
  /** the `.SS` sub-heading, or "" */
  readonly subheading: string;
  /** the entry's first line as plain text, e.g. "DevicePolicy=auto|closed|strict" */
  readonly head: string;
  /** the body as plain text, paragraphs separated by "\n" */
  readonly text: string;
}

export interface ManPage {
  readonly entries: readonly ManEntry[];
  /** plain text of each `.SH` heading's own paragraphs before its first entry (section intros) */
  readonly intros: ReadonlyMap<string, string>;
}

const NAMED: Record<string, string> = {
  aq: "'", Aq: "'", lq: '"', rq: '"', oq: "'", cq: "'", dq: '"', em: "—", en: "–", bu: "•", "co": "©",
  mu: "×", "<=": "≤", ">=": "≥", "->": "→", "<-": "←", ha: "^", ti: "~", rs: "\\", dg: "†", "+-": "±",
};

/** Roff text → plain text: fonts dropped, escapes resolved. */
export function plain(line: string): string {
  return line
    .replace(/\\u\[\d+\]\\d/g, "")
    .replace(/\\m\[[^\]]*\]/g, "")
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, "")
    .replace(/\\\*\((..)/g, (_, n: string) => NAMED[n] ?? "")
    .replace(/\\\*(.)/g, "")
    .replace(/\\\((..)/g, (_, n: string) => NAMED[n] ?? "")
    .replace(/\\\[([^\]]*)\]/g, (_, n: string) => NAMED[n] ?? "")
    .replace(/\\s[+-]?\d/g, "")
    .replace(/\\[&%c]/g, "")
    .replace(/\\-/g, "-")
    .replace(/\\e/g, "\\")
    .replace(/\\ /g, " ")
    .replace(/\\\\/g, "\\");
}

const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, "$1");
/** `\fIName=\fR`, `\fIName=\fR\fIID\fR[:\fIPATH\fR], \fIOther=…`, `\fIDevicePolicy=auto|closed|strict\fR` */
const ENTRY_HEAD = /^\\fI[A-Za-z][A-Za-z0-9-]*=/;

/** Parses one page's roff source. */
export function parseMan(source: string): ManPage {
  const lines = source.split("\n");
  const entries: ManEntry[] = [];
  const intros = new Map<string, string>();
  let heading = "";
  let subheading = "";
  let current: { names: string[]; heading: string; subheading: string; head: string; body: string[]; depth: number } | undefined;
  let intro: string[] = [];
  let sawEntry = false;
  let previous = "";
  for (const line of lines) {
    if (current) {
      if (/^\.RS\b/.test(line)) current.depth++;
      else if (/^\.RE\b/.test(line)) {
        current.depth--;
        if (current.depth === 0) {
          entries.push({ names: current.names, heading: current.heading, subheading: current.subheading, head: current.head, text: joinText(current.body) });
          current = undefined;
        }
      } else current.body.push(line);
      previous = line;
      continue;
    }
    if (line.startsWith(".SH ")) {
      if (heading && !intros.has(heading)) intros.set(heading, joinText(intro));
      heading = plain(unquote(line.slice(4)));
      subheading = "";
      intro = [];
      sawEntry = false;
    } else if (line.startsWith(".SS ")) subheading = plain(unquote(line.slice(4)));
    else if (previous === ".PP" && ENTRY_HEAD.test(line)) {
      const names = [...line.matchAll(/(?:^|, )\\fI([A-Za-z0-9-]+)=/g)].map((m) => m[1] ?? "");
      current = { names, heading, subheading, head: plain(line), body: [], depth: 0 };
      sawEntry = true;
    } else if (!sawEntry) intro.push(line);
    previous = line;
  }
  if (heading && !intros.has(heading)) intros.set(heading, joinText(intro));
  return { entries, intros };
}

/** Body lines → text: requests become paragraph breaks or vanish, text lines are joined. */
function joinText(body: readonly string[]): string {
  const out: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) out.push(para.join(" ").replace(/\s+/g, " ").trim());
    para = [];
  };
  for (const line of body) {
    if (line.startsWith(".\\\"") || line.startsWith("'\\\"")) continue;
    if (line.startsWith(".") || line.startsWith("'")) {
      if (/^\.(PP|sp|IP|RS|RE|nf|fi|TS|TE|br|TP|HP|SH|SS)\b/.test(line)) flush();
      continue;
    }
    para.push(plain(line));
  }
  flush();
  return out.filter(Boolean).join("\n");
}
