// rsync --stats as rsync 3.2 prints it: the bytes a ship sent.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRsyncStats } from "../../scripts/ship/transfer.ts";

const STATS_3_2 = `
Number of files: 2 (reg: 2)
Number of created files: 0
Number of deleted files: 0
Number of regular files transferred: 1
Total file size: 1,318,400 bytes
Total transferred file size: 1,290,240 bytes
Literal data: 2,048 bytes
Matched data: 1,288,192 bytes
File list size: 0
File list generation time: 0.001 seconds
File list transfer time: 0.000 seconds
Total bytes sent: 3,112
Total bytes received: 10,435

sent 3,112 bytes  received 10,435 bytes  27,094.00 bytes/sec
total size is 1,318,400  speedup is 97.32
`;

test("GIVEN rsync 3.2 --stats THEN bytes sent, received, literal and matched data are read", () => {
  assert.deepEqual(parseRsyncStats(STATS_3_2), { bytesSent: 3112, bytesReceived: 10435, literalBytes: 2048, matchedBytes: 1288192, filesTransferred: 1 });
});

test("GIVEN an older rsync without thousands separators THEN the same", () => {
  assert.deepEqual(parseRsyncStats("Number of files transferred: 2\nTotal bytes sent: 57\nTotal bytes received: 35\n"), { bytesSent: 57, bytesReceived: 35, filesTransferred: 2 });
});

test("GIVEN no stats THEN nothing is made up", () => {
  assert.deepEqual(parseRsyncStats("rsync: connection unexpectedly closed\n"), {});
});
