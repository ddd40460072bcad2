/**
 * The "Section.Key" strings compiled into a systemd program: its gperf table of configuration
 * keys. A second, independent list of what the program really parses, including old spellings
 * the man pages no longer document.
 */
const KEY = /^[A-Za-z][A-Za-z0-9-]*\.[A-Z][A-Za-z0-9]*$/;

/** NUL-terminated printable runs of a binary that look like "Section.Key". */
export function programKeys(bytes: Uint8Array): Set<string> {
  const keys = new Set<string>();
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x20 && b < 0x7f) continue;
    if (b === 0 && i - start >= 3) {
      const s = Buffer.from(bytes.subarray(start, i)).toString("latin1");
      if (KEY.test(s)) keys.add(s);
    }
    start = i + 1;
  }
  return keys;
}

/** Section → its keys. */
export function bySection(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const k of keys) {
    const dot = k.indexOf(".");
    const section = k.slice(0, dot);
    let set = out.get(section);
    if (!set) out.set(section, (set = new Set()));
    set.add(k.slice(dot + 1));
  }
  return out;
}
