// How `hearth watch` runs (and how the benchmark measures it): a watch rebuilds
// thousands of times, so its memory must stay where it was after the first ones.
// - A small young generation: V8 otherwise grows it once, for good, after a few
//   hundred rebuilds.
// - --expose-gc: the compile session collects fully every hundred builds.
// - One malloc arena: bundles are gzipped on the thread pool, and glibc gives each
//   thread its own arena, whose freed pages fragment and stay resident.
export const WATCH_FLAGS = ["--max-semi-space-size=4", "--expose-gc"];
export const watchEnv = (env = process.env) => ({ ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "1" });
