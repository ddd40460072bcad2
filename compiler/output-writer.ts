// Packing off the main thread. A compile session hands each machine's tar and its
// manifest (sums blank) to one worker thread as soon as the machine is compiled; the
// worker gzips and hashes the tar, fills in the manifest's sums, and where a watch
// wrote before stages both beside bundle.tar.gz and manifest.json (seal), while the
// main thread compiles the next machines. bundle.tar.gz, manifest.json and install.sh
// are put in place (commit: two renames where staged) only once the whole compile is
// sound; otherwise what was sealed is forgotten and what was staged removed (drop).
// On two cores a shared-layer rebuild's packing and writing overlap its compiling
// instead of following it.
import { Worker } from "node:worker_threads";
import type { SealJob, WrittenOutput } from "./emit.ts";

export type WriterRequest =
  | { readonly op: "seal"; readonly id: number; readonly job: SealJob }
  | { readonly op: "commit"; readonly id: number }
  | { readonly op: "drop"; readonly id: number }
  | { readonly op: "collect" };

export type WriterReply =
  | { readonly id: number; readonly ok: true; readonly value: WrittenOutput | undefined }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly code?: string };

/**
 * The bundled CLI and benchmark have the worker built beside their own bundle
 * (bin/hearth.js, scripts/bench/measure.ts). From source (tests, under tsx) it is the
 * .ts beside this file, and the worker registers tsx itself: Node 20 does not pass
 * the main thread's module loader on to workers.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./output-worker.mjs", import.meta.url));
  // both resolved here: the worker's own code would resolve them from the working directory
  const source = JSON.stringify(new URL("./output-worker.ts", import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); });`, { eval: true });
}

export class OutputWriter {
  #worker: Worker | undefined;
  #next = 1;
  readonly #waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWorker();
    worker.on("message", (reply: WriterReply) => {
      const waiter = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (this.#waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.value as never);
      else waiter.reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    const fail = (e: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const waiter of this.#waiting.values()) waiter.reject(e);
      this.#waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`hearth's output worker stopped (exit ${code})`)));
    // a session nobody disposed does not keep the process alive; a pending job does
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #ask<T>(request: Exclude<WriterRequest, { op: "collect" }>, transfer: ArrayBuffer[] = []): Promise<T> {
    const worker = this.#start();
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(request.id, { resolve: resolve as (v: never) => void, reject });
      worker.ref();
      worker.postMessage(request, transfer);
    });
  }

  /** Gzips and hashes a machine's tar on the worker (settled once sealed); the tar's memory moves there. */
  seal(job: SealJob): { id: number; sealed: Promise<void> } {
    const id = this.#next++;
    const { tar } = job;
    // a tar that owns its whole ArrayBuffer moves without a copy
    const movable = tar.byteOffset === 0 && tar.byteLength === tar.buffer.byteLength && tar.buffer instanceof ArrayBuffer;
    return { id, sealed: this.#ask<void>({ op: "seal", id, job }, movable ? [tar.buffer as ArrayBuffer] : []) };
  }

  /** Writes a sealed bundle with its manifest (and install.sh where needed). */
  commit(id: number): Promise<WrittenOutput> {
    return this.#ask<WrittenOutput>({ op: "commit", id });
  }

  /** Forgets a sealed bundle that will not be written (the compile found errors), and what it staged. */
  async drop(id: number): Promise<void> {
    if (this.#worker) await this.#ask<void>({ op: "drop", id }).catch(() => undefined);
  }

  /** A full garbage collection on the worker's thread too (the session's collectNowAndThen). */
  collect(): void {
    this.#worker?.postMessage({ op: "collect" } satisfies WriterRequest);
  }

  /**
   * Stops the worker without waiting for its thread to end: awaiting terminate() let
   * node find nothing left to run and exit with the await unsettled (seen under tsx).
   */
  dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    worker?.unref();
    void worker?.terminate();
    return Promise.resolve();
  }
}
