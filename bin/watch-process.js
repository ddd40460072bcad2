// How `hearth watch` runs (and how the benchmark measures it): a watch rebuilds
// thousands of times, so its memory must stay where it was after the first ones.
// - A small young generation, at its full size from the start (V8's flags hold for
//   the output worker's thread too): V8 otherwise grows it once, for good, after a
//   few hundred rebuilds; the output worker, which allocates little, grew its own
//   only between the 100th and the 1,000th build.
// - Eight times V8's interrupt budget: every evaluation of site.ts brings new
//   functions, and with the default budget V8 optimized them again on every build.
//   Their compilations, on V8's background threads, left glibc's heap fragmented:
//   resident memory grew 10-30 % from the 100th build to the 1,000th while the
//   JavaScript heap stayed flat. hearth's own hot code still gets optimized; code
//   that lives for one build stays in the baseline tiers.
// - --expose-gc: the compile session collects fully every hundred builds.
// - One malloc arena: glibc gives each thread its own arena, whose freed pages
//   fragment and stay resident.
export const WATCH_FLAGS = ["--max-semi-space-size=4", "--min-semi-space-size=4", "--interrupt-budget=540672", "--expose-gc"];
export const watchEnv = (env = process.env) => ({ ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "1" });
