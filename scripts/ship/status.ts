// The target's activation journal as `install.sh status` prints it (ACTIVATION.md):
// `key=value` lines: id, state, the result lines, last_event.

export type ActivationState = "none" | "running" | "awaiting-confirmation" | "done" | "rolled-back" | "failed";

export interface ActivationResult {
  readonly old?: string;
  readonly new?: string;
  readonly filesAdded?: number;
  readonly filesChanged?: number;
  readonly filesRemoved?: number;
  readonly started?: number;
  readonly restarted?: number;
  readonly reloaded?: number;
  readonly stopped?: number;
  /** why it rolled back or failed */
  readonly reason?: string;
  readonly failedUnits: readonly string[];
}

export interface ActivationEvent {
  readonly epoch: number;
  readonly stage: string;
  readonly detail: string;
}

export interface ActivationStatus {
  readonly id?: string;
  /** one of ActivationState; an unknown word is kept as it is */
  readonly state: string;
  readonly result: ActivationResult;
  readonly lastEvent?: ActivationEvent;
  /** running or awaiting confirmation, but its worker died: the next `activate` finishes it */
  readonly workerGone?: boolean;
}

export const FINISHED: readonly string[] = ["done", "rolled-back", "failed"];
export const isFinished = (state: string): boolean => FINISHED.includes(state);
export const isInProgress = (state: string): boolean => state === "running" || state === "awaiting-confirmation";

/** "-" and "" mean "nothing" in the installer's tables. */
const present = (v: string | undefined): string | undefined => (v === undefined || v === "" || v === "-" ? undefined : v);
const count = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/** Parses `install.sh status` output; lines that are not key=value are ignored. */
export function parseStatus(text: string): ActivationStatus {
  const kv = new Map<string, string>();
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq <= 0 || !/^[a-z_]+$/.test(line.slice(0, eq))) continue;
    kv.set(line.slice(0, eq), line.slice(eq + 1).replace(/\r$/, ""));
  }
  const event = kv.get("last_event");
  let lastEvent: ActivationEvent | undefined;
  if (event) {
    const [epoch = "", stage = "", ...detail] = event.split("\t");
    lastEvent = { epoch: Number(epoch) || 0, stage, detail: detail.join("\t") };
  }
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  const result: ActivationResult = defined({
    old: present(kv.get("old")),
    new: present(kv.get("new")),
    filesAdded: count(kv.get("files_added")),
    filesChanged: count(kv.get("files_changed")),
    filesRemoved: count(kv.get("files_removed")),
    started: count(kv.get("started")),
    restarted: count(kv.get("restarted")),
    reloaded: count(kv.get("reloaded")),
    stopped: count(kv.get("stopped")),
    reason: present(kv.get("reason")),
    failedUnits: (kv.get("failed_units") ?? "").split(/\s+/).filter((u) => u && u !== "-"),
  });
  return {
    ...(present(kv.get("id")) ? { id: kv.get("id")! } : {}),
    state: present(kv.get("state")) ?? "none",
    result,
    ...(lastEvent ? { lastEvent } : {}),
    ...(kv.get("worker") === "gone" ? { workerGone: true } : {}),
  };
}

/** The id `activate` printed ("activation <ID> started"), wherever in its output. */
export function parseStarted(text: string): string | undefined {
  return /\bactivation (\S+) started\b/.exec(text)?.[1];
}

/** The generation an activation id installs (`<gen>-<epoch>-<pid>`), or "rollback". */
export function activationTarget(id: string): string | undefined {
  return /^([0-9a-f]{16}|rollback)-\d+-\d+$/.exec(id)?.[1];
}

/** What happened, in words: "rolled back: no confirmation within 30 s". */
export function describeOutcome(s: ActivationStatus): string {
  const why = s.result.reason ? `: ${s.result.reason}` : "";
  switch (s.state) {
    case "done":
      return `finished${s.result.new ? ` on ${s.result.new}` : ""}`;
    case "rolled-back":
      return `rolled back${why}`;
    case "failed":
      return `failed${why}`;
    case "running":
      return s.workerGone ? "was interrupted (its worker is gone; the next activation finishes it)" : `is running${s.lastEvent ? ` (${s.lastEvent.stage})` : ""}`;
    case "awaiting-confirmation":
      return s.workerGone ? "was interrupted while awaiting confirmation (its worker is gone; the next activation rolls it back)" : "is waiting for confirmation";
    default:
      return s.state;
  }
}
