// The HTTP health check speaks HTTP/1.0 over `ssh -W` by hand: one GET, read until
// the server closes, look at the status line. No client library, no TLS.

/** The request bytes for GET `path` on host:port. */
export function httpRequest(host: string, port: number, path: string): string {
  const hostHeader = `${host.includes(":") ? `[${host}]` : host}${port === 80 ? "" : `:${port}`}`;
  return `GET ${path} HTTP/1.0\r\nHost: ${hostHeader}\r\nUser-Agent: hearth-ship\r\nAccept: */*\r\nConnection: close\r\n\r\n`;
}

export interface HttpResponse {
  readonly status: number;
  readonly reason: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Parses a whole response; a string saying what is wrong when it is not HTTP. */
export function parseHttpResponse(bytes: Buffer | string): HttpResponse | string {
  const text = typeof bytes === "string" ? bytes : bytes.toString("latin1");
  if (text.length === 0) return "empty response (the connection was closed without an answer)";
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : "";
  const [statusLine = "", ...headerLines] = head.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!m) return `not an HTTP response: ${JSON.stringify(statusLine.slice(0, 80))}`;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(m[1]), reason: (m[2] ?? "").trim(), headers, body };
}

/** Passes on 2xx, or exactly `expected` when the check declares a status. */
export function httpVerdict(response: HttpResponse | string, expected?: number): { ok: boolean; detail: string } {
  if (typeof response === "string") return { ok: false, detail: response };
  const ok = expected === undefined ? response.status >= 200 && response.status < 300 : response.status === expected;
  const said = `HTTP ${response.status}${response.reason ? ` ${response.reason}` : ""}`;
  const body = response.body.trim().slice(0, 500);
  return { ok, detail: ok ? said : `${said}${expected === undefined ? " (expected 2xx)" : ` (expected ${expected})`}${body ? `\n${body}` : ""}` };
}
