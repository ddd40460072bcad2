// The connections of one command run: a private socket directory, one session per
// machine, all closed at the end (or on ^C). A command killed outright leaves its
// masters to exit on their own after ControlPersist.
import { ControlDir, PERSIST_SECONDS, SshSession } from "./ssh.ts";
import type { SshTarget } from "./inventory.ts";

export class Sessions {
  readonly #dir = new ControlDir();
  readonly #sessions = new Map<string, SshSession>();
  #closed = false;
  readonly #onSignal = () => {
    process.stderr.write("\nhearth: interrupted. Activations already started carry on on their machines (unconfirmed ones roll back); run the command again to see how they ended.\n");
    void this.close().finally(() => process.exit(130));
  };

  /**
   * `persistSeconds`: how long an idle connection stays open; a watch keeps them across pauses between saves.
   * `onSignals`: false when the command stops itself on ^C and closes the sessions last (hearth watch).
   */
  constructor(
    private readonly persistSeconds = PERSIST_SECONDS,
    private readonly onSignals = true,
  ) {
    if (!onSignals) return;
    process.once("SIGINT", this.#onSignal);
    process.once("SIGTERM", this.#onSignal);
  }

  /** The machine's session (made once). */
  for(target: SshTarget): SshSession {
    let s = this.#sessions.get(target.machine);
    if (!s) {
      s = new SshSession(target, this.#dir.socket(), this.persistSeconds);
      this.#sessions.set(target.machine, s);
    }
    return s;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.onSignals) {
      process.off("SIGINT", this.#onSignal);
      process.off("SIGTERM", this.#onSignal);
    }
    await Promise.all([...this.#sessions.values()].map((s) => s.close()));
    this.#dir.remove();
  }
}
