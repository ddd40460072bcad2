// The HTTP health check's bytes: the request it sends and how it reads the answer.
import assert from "node:assert/strict";
import { test } from "node:test";
import { httpRequest, httpVerdict, parseHttpResponse } from "../../scripts/ship/http.ts";

test("the request is HTTP/1.0 with Host and Connection: close", () => {
  assert.equal(httpRequest("127.0.0.1", 8080, "/health"), "GET /health HTTP/1.0\r\nHost: 127.0.0.1:8080\r\nUser-Agent: hearth-ship\r\nAccept: */*\r\nConnection: close\r\n\r\n");
  assert.match(httpRequest("::1", 80, "/"), /^GET \/ HTTP\/1\.0\r\nHost: \[::1\]\r\n/);
});

test("GIVEN a response THEN status, reason, headers and body are read", () => {
  const r = parseHttpResponse(Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-A:  b \r\n\r\nhello\r\n"));
  assert.ok(typeof r !== "string");
  assert.deepEqual(r, { status: 200, reason: "OK", headers: { "content-type": "text/plain", "x-a": "b" }, body: "hello\r\n" });
  // bare LF line ends (a shell script answering), no reason phrase
  const lf = parseHttpResponse("HTTP/1.0 204\n\n");
  assert.ok(typeof lf !== "string");
  assert.equal(lf.status, 204);
});

test("GIVEN no answer or not HTTP THEN the check fails and says why", () => {
  assert.match(parseHttpResponse("") as string, /empty response/);
  assert.match(parseHttpResponse("SSH-2.0-OpenSSH_9.2\r\n") as string, /not an HTTP response: "SSH-2\.0-OpenSSH_9\.2"/);
  assert.deepEqual(httpVerdict(parseHttpResponse(""), undefined).ok, false);
});

test("2xx passes unless a status is declared; a failure shows the status and the start of the body", () => {
  assert.deepEqual(httpVerdict(parseHttpResponse("HTTP/1.0 201 Created\r\n\r\n")), { ok: true, detail: "HTTP 201 Created" });
  assert.deepEqual(httpVerdict(parseHttpResponse("HTTP/1.0 301 Moved\r\n\r\n")), { ok: false, detail: "HTTP 301 Moved (expected 2xx)" });
  assert.equal(httpVerdict(parseHttpResponse("HTTP/1.0 301 Moved\r\n\r\n"), 301).ok, true);
  assert.equal(httpVerdict(parseHttpResponse("HTTP/1.0 500 Internal Server Error\r\n\r\ndatabase down\n")).detail, "HTTP 500 Internal Server Error (expected 2xx)\ndatabase down");
});
