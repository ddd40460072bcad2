// Maps a position in esbuild's output back to the user's source (site.ts:line).
// A small decoder for source map v3 "mappings", decoded lazily on first use.

export interface RawSourceMap {
  readonly sources: readonly string[];
  readonly mappings: string;
}

export interface OriginalPosition {
  readonly source: string;
  /** 1-based */
  readonly line: number;
  /** 1-based */
  readonly column: number;
}

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Segments per generated line: [generatedColumn, sourceIndex, sourceLine, sourceColumn], all 0-based. */
function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  let source = 0, srcLine = 0, srcCol = 0;
  for (const lineText of mappings.split(";")) {
    const segments: number[][] = [];
    let genCol = 0;
    for (const seg of lineText.split(",")) {
      if (seg === "") continue;
      const values: number[] = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const digit = B64.get(ch) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1]!;
        srcLine += values[2]!;
        srcCol += values[3]!;
        segments.push([genCol, source, srcLine, srcCol]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

export type Locator = (line: number, column: number) => OriginalPosition | undefined;

/** A source map, decoded on first use. */
export interface SourceMapIndex {
  /** the original position of a 1-based generated line and column */
  readonly locate: Locator;
  /**
   * Whether a mapping starts exactly at a 1-based generated line and column. esbuild
   * starts one at each expression it maps, and never inside a string literal.
   */
  startsSegment(line: number, column: number): boolean;
}

export function indexSourceMap(map: RawSourceMap, resolveSource: (source: string) => string): SourceMapIndex {
  let decoded: number[][][] | undefined;
  const segmentsOf = (line: number): number[][] => (decoded ??= decodeMappings(map.mappings))[line - 1] ?? [];
  return {
    locate: (line, column) => {
      const segments = segmentsOf(line);
      if (segments.length === 0) return undefined;
      let best = segments[0]!;
      for (const seg of segments) {
        if (seg[0]! <= column - 1) best = seg;
        else break;
      }
      const source = map.sources[best[1]!];
      return source === undefined ? undefined : { source: resolveSource(source), line: best[2]! + 1, column: best[3]! + 1 };
    },
    startsSegment: (line, column) => segmentsOf(line).some((seg) => seg[0] === column - 1),
  };
}
