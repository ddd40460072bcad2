/**
 * Types derived from the directive table, and small runtime look-ups into it.
 *
 * Every directive type comes from dsl/directives-table.ts: ValueOf<> below turns a table entry
 * into the TypeScript type of its value, and the generated interfaces of dsl/directive-types.ts
 * (one property per directive, with its description) apply it; nothing here names a directive.
 */
import { configFileTypes, sections, unitTypes, type DirectiveSpec } from "./directives-table.ts";
import type { ConfigSectionDirectives, UnitSectionDirectives } from "./directive-types.ts";
import type { Literal, Text } from "./literal.ts";
import type { Reset } from "./reset.ts";

export type { DirectiveSpec, DirectiveKind } from "./directives-table.ts";
export type { Text, Literal } from "./literal.ts";
export type { Reset } from "./reset.ts";

type Table = typeof sections;

/** A kind of unit hearth can declare. */
export type UnitType = keyof typeof unitTypes;
/**
 * A configuration file that is not a unit but is written in the same INI syntax: systemd-networkd's
 * .network and .netdev files, udev's .link files, .nspawn files, and resolved.conf drop-ins.
 * Kept apart from UnitType because their sections are not unit sections ([Network] of a
 * .network file is not [Network] of an .nspawn file) and they live in other directories.
 */
export type ConfigFileType = keyof typeof configFileTypes;
/** Any file type whose sections hearth types, validates and renders. */
export type FileType = UnitType | ConfigFileType;
/** A section of unit files hearth knows, e.g. "Service". */
export type SectionName = keyof Table;

/** Unit name suffixes systemd knows; dependencies may name any of them. */
export type UnitSuffix =
  | "service" | "socket" | "device" | "mount" | "automount" | "swap"
  | "target" | "path" | "timer" | "slice" | "scope";
/** A unit name such as "nginx.service" or "getty@tty1.service". */
export type UnitName = `${string}.${UnitSuffix}`;

/** systemd.time(7) units; "1min30s" (no space) is valid for systemd but spelled "1min 30s" here. */
export type TimeUnit =
  | "us" | "usec" | "µs" | "ms" | "msec"
  | "s" | "sec" | "second" | "seconds"
  | "m" | "min" | "minute" | "minutes"
  | "h" | "hr" | "hour" | "hours"
  | "d" | "day" | "days" | "w" | "week" | "weeks"
  | "M" | "month" | "months" | "y" | "year" | "years";
/**
 * A time span: a number of seconds, or systemd.time(7) text like "5s", "1min 30s", "2 h".
 * The type checks the first component; validation checks the whole text.
 */
export type TimeSpan = number | `${number}` | `${number}${"" | " "}${TimeUnit}` | `${number}${"" | " "}${TimeUnit} ${string}`;
/** A size in bytes, or with a 1024-based suffix: "512M", "2G". */
export type Size = number | `${number}${"K" | "M" | "G" | "T" | "P" | "E"}`;
/** A percentage, e.g. "50%". */
export type Percent = `${number}%`;
type Octal = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7";
/** A file mode: a number (0o750) or four octal digits ("0750"). */
export type Mode = number | `0${Octal}${Octal}${Octal}`;
/** A resource limit: a number, "infinity", or "soft:hard". */
export type ResourceLimit = number | "infinity" | `${number | "infinity"}:${number | "infinity"}`;
/** An IPv4 address in dotted-quad form, e.g. "192.168.1.10". */
export type IPv4Address = `${number}.${number}.${number}.${number}`;
/** An IPv6 address, e.g. "fd00::1" (it has at least one ":"). */
export type IPv6Address = `${string}:${string}`;
/** A hardware (MAC) address, e.g. "02:00:5e:00:53:01". */
export type MacAddress = `${string}:${string}:${string}:${string}:${string}:${string}` | `${string}-${string}-${string}-${string}-${string}-${string}`;

/** A list-valued directive: one item, several, or `reset` first to discard earlier assignments. */
export type List<Item> = Item | readonly Item[] | readonly [Reset, ...Item[]];

/** One command: argv, never a shell string. argv[0] may carry the prefixes "-", "@", ":", "+", "!", "!!". */
export type Argv = readonly [Text, ...Text[]];
/** ExecStart= and friends: one argv, several, or `reset` first. */
export type Command = Argv | readonly [Argv, ...Argv[]] | readonly [Reset, ...Text[]] | readonly [Reset, ...Argv[]];

/** Environment=: NAME → value; `[reset, {...}]` discards earlier assignments first. */
export type EnvironmentRecord = { readonly [name: string]: Text };
export type EnvironmentValue = EnvironmentRecord | readonly [Reset] | readonly [Reset, EnvironmentRecord];

type Chars<S extends string> = S extends `${infer C}${infer Rest}` ? C | Chars<Rest> : never;
type PrefixOf<S> = S extends { prefixes: infer P extends string } ? "" | Chars<P> : "";
/** An absolute path, possibly behind a prefix, or a path starting with a specifier such as %S. */
type PathText<S> = `${PrefixOf<S>}${PrefixOf<S>}${"/" | "%"}${string}` | Literal;
type Keywords<S> = S extends { keywords: readonly (infer K)[] } ? K : never;
type PercentIf<S> = S extends { percent: true } ? Percent : never;
type BoolIf<S> = S extends { bool: true } ? boolean : never;
type RepeatIf<S, V> = S extends { repeat: true } ? List<V> : V;
type AddressOf<S> = S extends { family: 4 } ? IPv4Address : S extends { family: 6 } ? IPv6Address : IPv4Address | IPv6Address;
type AddressText<S> =
  S extends { prefix: "required" } ? `${AddressOf<S>}/${number}`
  : S extends { prefix: "optional" } ? AddressOf<S> | `${AddressOf<S>}/${number}`
  : AddressOf<S>;

/** The TypeScript type of a directive's value, computed from its table entry. */
export type ValueOf<S extends DirectiveSpec> =
  S extends { kind: "string" } ? Text
  : S extends { kind: "list"; bool: true } ? boolean | List<Text>
  : S extends { kind: "list" } ? List<Text>
  : S extends { kind: "bool" } ? boolean
  : S extends { kind: "int" } ? RepeatIf<S, number | Keywords<S> | PercentIf<S> | BoolIf<S>>
  : S extends { kind: "timespan" } ? TimeSpan | Keywords<S> | BoolIf<S>
  : S extends { kind: "timespans" } ? List<TimeSpan>
  : S extends { kind: "size" } ? Size | Keywords<S> | PercentIf<S>
  : S extends { kind: "percent" } ? Percent
  : S extends { kind: "mode" } ? Mode
  : S extends { kind: "rlimit" } ? ResourceLimit
  : S extends { kind: "enum"; values: readonly (infer V)[] }
    ? RepeatIf<S, V | (S extends { prefixed: readonly (infer P extends string)[] } ? `${P}${string}` : never)>
  : S extends { kind: "path" } ? PathText<S> | Keywords<S>
  : S extends { kind: "paths" } ? List<PathText<S>>
  : S extends { kind: "dirs" | "bindPaths" } ? List<Text>
  : S extends { kind: "unit" } ? UnitName
  : S extends { kind: "units" } ? List<UnitName>
  : S extends { kind: "listen" } ? List<number | Text>
  : S extends { kind: "command" } ? Command
  : S extends { kind: "environment" } ? EnvironmentValue
  : S extends { kind: "address" } ? RepeatIf<S, AddressText<S> | Keywords<S> | BoolIf<S>>
  : S extends { kind: "mac" } ? RepeatIf<S, MacAddress | Keywords<S>>
  : never;

/** Keys starting with "X-" are extensions: systemd ignores them, hearth writes them verbatim. */
export type ExtensionValue = Text | readonly Text[];
type Extensions = { readonly [key: `X-${string}`]: ExtensionValue };

/**
 * The typed contents of one section: every directive optional, unknown names rejected. The
 * properties come from the generated interfaces of dsl/directive-types.ts, so that an editor's
 * hover shows each directive's description (TypeScript 7 drops JSDoc through mapped types).
 */
export type Section<S extends SectionName> = UnitSectionDirectives[S] & Extensions;

export type UnitSection = Section<"Unit">;
export type InstallSection = Section<"Install">;
export type ServiceSection = Section<"Service">;
export type SocketSection = Section<"Socket">;
export type TimerSection = Section<"Timer">;
export type PathSection = Section<"Path">;
export type MountSection = Section<"Mount">;

/** Sections named "X-…" are extensions: systemd ignores them, hearth writes them verbatim. */
export type ExtensionSections = { readonly [section: `X-${string}`]: { readonly [key: string]: ExtensionValue } };

type ConfigTable<T extends ConfigFileType> = (typeof configFileTypes)[T]["sections"];
/** The typed contents of section S of a configuration file of type T, e.g. ConfigSection<"network", "Route">. */
export type ConfigSection<T extends ConfigFileType, S extends keyof ConfigTable<T>> =
  (S extends keyof ConfigSectionDirectives[T] ? ConfigSectionDirectives[T][S] : never) & Extensions;
type RepeatableIn<T extends ConfigFileType> = (typeof configFileTypes)[T]["repeatable"][number];

/** File type → section name → the section's type; indexed, not conditional, so inference stays cheap. */
type SectionTypes = { readonly [U in UnitType]: { readonly [S in (typeof unitTypes)[U][number]]: Section<S> } } & {
  readonly [C in ConfigFileType]: {
    /** Sections such as [Address] or [Route] may be given as a list: one block per item. */
    readonly [S in keyof ConfigTable<C>]: S extends RepeatableIn<C> ? ConfigSection<C, S> | readonly ConfigSection<C, S>[] : ConfigSection<C, S>;
  };
};

/**
 * The sections a file of type T may have, e.g. SectionsFor<"service"> = { Unit?, Service?, Install? },
 * SectionsFor<"network"> = { Match?, Link?, Network?, Address?, Route?, … }.
 */
export type SectionsFor<T extends FileType> = { readonly [S in keyof SectionTypes[T]]?: SectionTypes[T][S] } & ExtensionSections;

export type ServiceSections = SectionsFor<"service">;
export type SocketSections = SectionsFor<"socket">;
export type TimerSections = SectionsFor<"timer">;
export type PathSections = SectionsFor<"path">;
export type MountSections = SectionsFor<"mount">;
export type TargetSections = SectionsFor<"target">;
export type AutomountSections = SectionsFor<"automount">;
export type SwapSections = SectionsFor<"swap">;
export type SliceSections = SectionsFor<"slice">;
export type AutomountSection = Section<"Automount">;
export type SwapSection = Section<"Swap">;
export type SliceSection = Section<"Slice">;

/** A systemd-networkd .network file (systemd.network(5)). */
export type NetworkSections = SectionsFor<"network">;
/** A systemd-networkd .netdev file (systemd.netdev(5)). */
export type NetdevSections = SectionsFor<"netdev">;
/** A udev .link file (systemd.link(5)). */
export type LinkSections = SectionsFor<"link">;
/** A systemd-nspawn .nspawn file (systemd.nspawn(5)). */
export type NspawnSections = SectionsFor<"nspawn">;
/** A resolved.conf drop-in (resolved.conf(5)). */
export type ResolvedSections = SectionsFor<"resolved">;
/** Configuration file type → its typed sections. */
export type ConfigSectionsByType = { readonly [T in ConfigFileType]: SectionsFor<T> };

/** Unit type → its typed sections. */
export type UnitSectionsByType = { readonly [T in UnitType]: SectionsFor<T> };

/** The unit type named by a unit name's suffix: "nginx.service" → "service". */
export type UnitTypeOf<Name extends string> = Name extends `${string}.${infer T extends UnitType}` ? T : never;
/** A drop-in for `Name` (e.g. "nginx.service") may use any section valid for that unit's type. */
export type DropInSections<Name extends string> = SectionsFor<UnitTypeOf<Name>>;

/** One problem found in a unit's sections. `message` is a full sentence that says how to fix it. */
export interface SectionProblem {
  readonly section: string;
  readonly key?: string;
  readonly message: string;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Every unit type hearth can declare. */
export const unitTypeNames = Object.keys(unitTypes) as UnitType[];

/** Every configuration file type (not units) hearth can type and render. */
export const configFileTypeNames = Object.keys(configFileTypes) as ConfigFileType[];

/** Whether a file type is a configuration file rather than a unit. */
export const isConfigFileType = (type: string): type is ConfigFileType => hasOwn(configFileTypes, type);

/** The sections a unit type may contain, [Unit] first and [Install] last; a config file's in page order. */
export function sectionsOf(type: UnitType): readonly SectionName[];
export function sectionsOf(type: FileType): readonly string[];
export function sectionsOf(type: FileType): readonly string[] {
  return isConfigFileType(type) ? Object.keys(configFileTypes[type].sections) : unitTypes[type];
}

/** Whether a section of this file type may appear several times (given as a list of blocks). */
export const isRepeatable = (type: FileType, section: string): boolean =>
  isConfigFileType(type) && (configFileTypes[type].repeatable as readonly string[]).includes(section);

/** The unit type of a unit name from its suffix, or undefined if hearth cannot declare that type. */
export const unitTypeOf = (name: string): UnitType | undefined => {
  const suffix = name.slice(name.lastIndexOf(".") + 1);
  return hasOwn(unitTypes, suffix) && name.includes(".") ? (suffix as UnitType) : undefined;
};

/** The table entry of a directive, or undefined for unknown sections and directives. */
export const directiveSpec = (section: string, key: string): DirectiveSpec | undefined => {
  if (!hasOwn(sections, section)) return undefined;
  const directives: Record<string, DirectiveSpec> = sections[section as SectionName];
  return hasOwn(directives, key) ? directives[key] : undefined;
};

/** The table entry of a directive in a section of a given file type, or undefined. */
export const directiveSpecIn = (type: FileType, section: string, key: string): DirectiveSpec | undefined => {
  if (!isConfigFileType(type)) return directiveSpec(section, key);
  const table: Record<string, Record<string, DirectiveSpec>> = configFileTypes[type].sections;
  if (!hasOwn(table, section)) return undefined;
  const directives = table[section] ?? {};
  return hasOwn(directives, key) ? directives[key] : undefined;
};

/** The directive names of a section of a given file type, in table order ([] if unknown). */
export const directivesIn = (type: FileType, section: string): readonly string[] => {
  if (!isConfigFileType(type)) return hasOwn(sections, section) ? Object.keys(sections[section as SectionName]) : [];
  const table: Record<string, Record<string, DirectiveSpec>> = configFileTypes[type].sections;
  return hasOwn(table, section) ? Object.keys(table[section] ?? {}) : [];
};

/** The value kind of a directive ("command", "bool", …), or undefined if unknown. */
export const directiveKind = (section: string, key: string): DirectiveSpec["kind"] | undefined =>
  directiveSpec(section, key)?.kind;

/**
 * Whether systemd resolves `%` specifiers in this directive's text. Only unit files have
 * specifiers; pass the file type to get false for .network, .nspawn and the other files.
 */
export const resolvesSpecifiers = (spec: DirectiveSpec, type?: FileType): boolean => {
  if (type !== undefined && isConfigFileType(type)) return false;
  switch (spec.kind) {
    case "string":
    case "list":
      return spec.specifiers !== false;
    case "path": case "paths": case "dirs": case "bindPaths": case "unit": case "units":
    case "listen": case "command": case "environment":
      return true;
    default:
      return false;
  }
};

/** Directive names of a known section, in table order. */
export const directivesOf = (section: SectionName): readonly string[] => Object.keys(sections[section]);
