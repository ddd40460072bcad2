/**
 * The empty assignment (`ExecStart=`): written first in a list-valued directive, it discards
 * everything assigned before it, e.g. the distro's `ExecStart=` when a drop-in replaces it.
 *
 * A plain tagged object, not a Symbol: the user's site.ts is evaluated in its own esbuild
 * bundle with its own copy of this module, so identity checks across the boundary fail.
 * Everything tests the tag with `isReset`.
 */
export interface Reset {
  readonly kind: "reset";
}

/** Marks "discard earlier assignments" at the head of a list-valued directive. */
export const reset: Reset = Object.freeze({ kind: "reset" });

/** True for `reset`, from this bundle or any other. */
export const isReset = (value: unknown): value is Reset =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "reset";
