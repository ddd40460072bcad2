// Live progress, one line per machine: its stage and how long it has been going.
// On a terminal the lines are redrawn in place; otherwise (CI, a pipe, a log) each
// stage change is one plain line.

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

interface Line {
  stage: string;
  start: number;
  /** the final word ("ok", "rolled back: …"); the clock stops */
  final?: string;
  end?: number;
}

const REDRAW_MS = 100;

export class Progress {
  readonly #stream: ProgressStream;
  readonly #lines = new Map<string, Line>();
  readonly #width: number;
  #drawn = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #now: () => number;

  constructor(machines: readonly string[], stream: ProgressStream = process.stderr, now: () => number = Date.now) {
    this.#stream = stream;
    this.#now = now;
    this.#width = Math.max(8, ...machines.map((m) => m.length));
    for (const m of machines) this.#lines.set(m, { stage: "waiting", start: now() });
    if (stream.isTTY) {
      this.#draw();
      this.#timer = setInterval(() => this.#draw(), REDRAW_MS);
      this.#timer.unref();
    }
  }

  /** The machine's work begins (its clock starts now, or at `since`). */
  begin(machine: string, stage: string, since?: number): void {
    const l = this.#lines.get(machine);
    if (!l) return;
    l.start = since ?? this.#now();
    this.stage(machine, stage);
  }

  stage(machine: string, stage: string): void {
    const l = this.#lines.get(machine);
    if (!l || l.final !== undefined || l.stage === stage) return;
    l.stage = stage;
    if (!this.#stream.isTTY) this.#stream.write(`${this.#render(machine, l)}\n`);
  }

  finish(machine: string, final: string): void {
    const l = this.#lines.get(machine);
    if (!l) return;
    l.final = final;
    l.end = this.#now();
    if (!this.#stream.isTTY) this.#stream.write(`${this.#render(machine, l)}\n`);
  }

  /** A message above the progress lines (e.g. how the last activation ended). */
  note(text: string): void {
    if (this.#stream.isTTY) {
      this.#clear();
      this.#stream.write(`${text}\n`);
      this.#draw();
    } else this.#stream.write(`${text}\n`);
  }

  /** Final redraw; the lines stay on screen. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#stream.isTTY) this.#draw();
  }

  #render(machine: string, l: Line): string {
    const seconds = (((l.end ?? this.#now()) - l.start) / 1000).toFixed(1);
    const text = `${machine.padEnd(this.#width)}  ${(l.final ?? l.stage).padEnd(24)} ${seconds.padStart(5)} s`;
    const cols = this.#stream.columns ?? 0;
    return cols > 10 && text.length >= cols ? `${text.slice(0, cols - 2)}…` : text;
  }

  #clear(): void {
    if (this.#drawn > 0) this.#stream.write(`\x1b[${this.#drawn}F\x1b[J`);
    this.#drawn = 0;
  }

  #draw(): void {
    const lines = [...this.#lines].map(([m, l]) => `\x1b[2K${this.#render(m, l)}`);
    this.#stream.write(`${this.#drawn > 0 ? `\x1b[${this.#drawn}F` : ""}${lines.join("\n")}\n`);
    this.#drawn = lines.length;
  }
}
