// Editors show each directive's description on hover: asked of TypeScript 7's own language
// server (tsc --lsp), over the fixture test/types/hover.fixture.ts.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");

/** Hover texts at the first occurrence of each word in `file`. */
async function hovers(file: string, words: readonly string[]): Promise<Map<string, string>> {
  const server = spawn(join(root, "node_modules/.bin/tsc"), ["--lsp", "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  let buf = Buffer.alloc(0);
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  const send = (m: object): void => {
    const s = JSON.stringify({ jsonrpc: "2.0", ...m });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  };
  server.stdout.on("data", (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const h = buf.indexOf("\r\n\r\n");
      if (h < 0) return;
      const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, h).toString())?.[1]);
      if (buf.length < h + 4 + len) return;
      const msg = JSON.parse(buf.subarray(h + 4, h + 4 + len).toString()) as { id?: number; method?: string; result?: unknown };
      buf = buf.subarray(h + 4 + len);
      if (msg.id !== undefined && !msg.method) pending.get(msg.id)?.(msg.result);
      else if (msg.id !== undefined) send({ id: msg.id, result: null });
    }
  });
  const request = (method: string, params: object): Promise<unknown> =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      send({ id, method, params });
    });
  try {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, "utf8");
    await request("initialize", { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { textDocument: { hover: { contentFormat: ["markdown"] } } } });
    send({ method: "initialized", params: {} });
    send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "typescript", version: 1, text } } });
    const lines = text.split("\n");
    const out = new Map<string, string>();
    for (const word of words) {
      const line = lines.findIndex((l) => !l.startsWith("//") && l.includes(`${word}:`));
      const result = (await request("textDocument/hover", { textDocument: { uri }, position: { line, character: (lines[line] ?? "").indexOf(`${word}:`) + 1 } })) as { contents?: { value?: string } } | null;
      out.set(word, result?.contents?.value ?? "");
    }
    return out;
  } finally {
    server.kill();
  }
}

describe("directive descriptions in the editor", () => {
  it("GIVEN site-style code WHEN a directive is hovered THEN the language server shows its type and description", { timeout: 60_000 }, async () => {
    const h = await hovers(join(root, "test/types/hover.fixture.ts"), ["ProtectSystem", "ExecStart", "After", "DHCP", "Gateway", "PersistentKeepalive"]);
    assert.match(h.get("ProtectSystem") ?? "", /"strict"[\s\S]*read-only/);
    assert.match(h.get("ExecStart") ?? "", /The command \(argv\) that runs the service/);
    assert.match(h.get("After") ?? "", /Units this one starts after/);
    assert.match(h.get("DHCP") ?? "", /Run the DHCP client/);
    assert.match(h.get("Gateway") ?? "", /Gateway address/);
    assert.match(h.get("PersistentKeepalive") ?? "", /keep-alive/);
  });
});
