// The output worker's thread (output-writer.ts starts it): gzips and hashes each
// machine's tar and fills in its manifest's sums while the main thread compiles the
// next machines, and writes the files once the whole compile is known to be sound. Its disk waits hold up no compile.
import { parentPort } from "node:worker_threads";
import { commitOutput, seal, unstage, type OutputPlace, type Sealed, type WrittenOutput } from "./emit.ts";
import { removeLeftovers } from "./output-leftovers.ts";
import { installerScript } from "./package-root.ts";
import type { WriterReply, WriterRequest } from "./output-writer.ts";

const port = parentPort!;
/** bundles being sealed or waiting for their commit (or their drop), by job id */
const sealing = new Map<number, Promise<{ job: OutputPlace; sealed: Sealed }>>();

function answer(id: number, work: () => Promise<WrittenOutput | undefined>): void {
  work().then(
    (value) => port.postMessage({ id, ok: true, value } satisfies WriterReply),
    (e: NodeJS.ErrnoException) => port.postMessage({ id, ok: false, message: String(e?.message ?? e), code: e?.code } satisfies WriterReply),
  );
}

/** The sealed bundle of job `id`, forgotten here: it is committed or dropped once. */
function take(id: number): Promise<{ job: OutputPlace; sealed: Sealed }> {
  const held = sealing.get(id);
  sealing.delete(id);
  return held ?? Promise.reject(new Error(`output worker: no sealed bundle ${id}`));
}

port.on("message", (request: WriterRequest) => {
  if (request.op === "seal") {
    const { tar, dir, known } = request.job;
    // the tar arrives as the bytes of a moved ArrayBuffer; only what is written stays until the commit
    const job = { dir, known };
    // staged under its own name: a machine sealed in two builds stages two files
    const held = seal({ ...request.job, tar: Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength) }, `${process.pid}-${request.id}`).then((s) => ({ job, sealed: s }));
    sealing.set(request.id, held);
    answer(request.id, async () => void (await held));
  } else if (request.op === "commit") {
    answer(request.id, async () => {
      const { job, sealed } = await take(request.id);
      // this session's first write into the directory: what killed processes left there goes
      if (job.known === "unknown") await removeLeftovers(job.dir);
      return commitOutput(job, sealed, installerScript());
    });
  } else if (request.op === "collect") {
    (globalThis as { gc?: () => void }).gc?.();
  } else {
    answer(request.id, async () => {
      await take(request.id).then(({ sealed }) => unstage(sealed), () => undefined);
      return undefined;
    });
  }
});
