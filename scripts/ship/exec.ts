// Running local commands for the shipper (see scripts/process.ts), and trimming their output for messages.
export { runProcess, sleep, type ProcessOptions, type ProcessResult } from "../process.ts";

/** The last `n` non-empty lines of a command's output, for error messages. */
export const tail = (text: string, n = 10): string =>
  text
    .split("\n")
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-n)
    .join("\n");
