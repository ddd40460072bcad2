import * as crypto from "node:crypto";

// crypto.hash (node ≥ 20.12) is a one-shot digest: about twice as fast as
// createHash for the small files a generation is made of, and a rebuild hashes thousands.
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "hex") => string }).hash;

/** sha256 as lowercase hex: the digest targets check with `sha256sum`. */
export const sha256: (data: string | Uint8Array) => string = oneShot
  ? (data) => oneShot("sha256", data, "hex")
  : (data) => crypto.createHash("sha256").update(data).digest("hex");
