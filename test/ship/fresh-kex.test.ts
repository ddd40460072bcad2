// The confirmation's fresh connection prefers X25519 over the slow sntrup761
// hybrid, reordering the list ssh itself would use (scripts/ship/ssh.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { fastKexOrder } from "../../scripts/ship/ssh.ts";

const DEBIAN_12 = "sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,diffie-hellman-group14-sha256";

test("X25519 goes first when ssh would start with the sntrup761 hybrid; the rest keeps its order", () => {
  assert.equal(fastKexOrder(DEBIAN_12), "curve25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,diffie-hellman-group14-sha256");
  assert.equal(fastKexOrder("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256"), "curve25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com");
});

test("a list ssh would not start with the slow hybrid, or without X25519, is left as it is", () => {
  // ML-KEM hybrids are fast; a user's own order starting elsewhere is theirs
  assert.equal(fastKexOrder("mlkem768x25519-sha256,sntrup761x25519-sha512,curve25519-sha256"), undefined);
  assert.equal(fastKexOrder("curve25519-sha256,sntrup761x25519-sha512@openssh.com"), undefined);
  // a user who allows only the hybrid keeps only the hybrid
  assert.equal(fastKexOrder("sntrup761x25519-sha512@openssh.com"), undefined);
});
