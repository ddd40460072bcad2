import { createHash } from "node:crypto";

/** sha256 as lowercase hex: the digest targets check with `sha256sum`. */
export const sha256 = (data: string | Uint8Array): string =>
  createHash("sha256").update(data).digest("hex");
