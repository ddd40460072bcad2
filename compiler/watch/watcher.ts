// Watches the files a site is built from — the site's folder (layer trees and
// files read with fromFile), plus the folders of any module site.ts imports from
// elsewhere — and reports changes in batches: a save that touches several files
// (or an editor's write-rename dance) becomes one rebuild.
import { watch, type FSWatcher } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export interface WatchOptions {
  /** the site's folder: watched recursively */
  readonly root: string;
  /** more files to watch (modules site.ts imports from outside its folder) */
  readonly files?: readonly string[];
  /** folders below root whose changes are ignored (the output directory) */
  readonly ignore?: readonly string[];
  /** how long to wait for more events before reporting a batch; @default 15 */
  readonly settleMs?: number;
}

/** Editor droppings and VCS internals that never affect a build. */
const NOISE = /(^|\/)(\.git|node_modules|\.#[^/]*|[^/]*~|[^/]*\.sw[px]|4913)$|(^|\/)\.git\//;

export class SiteWatcher {
  readonly #watchers: FSWatcher[] = [];
  readonly #ignore: readonly string[];
  #pending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #outside = new Set<string>();

  constructor(
    private readonly options: WatchOptions,
    private readonly onBatch: (paths: readonly string[]) => void,
  ) {
    this.#ignore = (options.ignore ?? []).map((p) => resolve(p) + sep);
    this.#watchers.push(watch(options.root, { recursive: true }, (_event, name) => name && this.#saw(join(options.root, String(name)))));
    this.watchFiles(options.files ?? []);
  }

  /** Adds files outside the root (site.ts's imports may change between builds). */
  watchFiles(files: readonly string[]): void {
    for (const file of files) {
      const abs = resolve(file);
      const dir = dirname(abs);
      if (!relative(this.options.root, abs).startsWith("..") || this.#outside.has(dir)) continue;
      this.#outside.add(dir);
      this.#watchers.push(watch(dir, (_event, name) => name && this.#saw(join(dir, String(name)))));
    }
  }

  #saw(path: string): void {
    const rel = relative(this.options.root, path);
    if (NOISE.test(rel) || this.#ignore.some((dir) => path.startsWith(dir) || `${path}${sep}` === dir)) return;
    this.#pending.add(path);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const batch = [...this.#pending].sort();
      this.#pending = new Set();
      this.onBatch(batch);
    }, this.options.settleMs ?? 15);
  }

  close(): void {
    clearTimeout(this.#timer);
    for (const w of this.#watchers) w.close();
  }
}
