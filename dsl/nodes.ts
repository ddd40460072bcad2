// The site graph: plain, readonly, tagged data. Every node remembers where it
// was declared (`at`) and the problems found when it was made (`problems`).
import type { SourceLocation } from "./location.ts";
import type { UnitType } from "./directives.ts";
import type { AllowNode, Membership, PublishNode, RouterProps } from "./network.ts";

export interface Declared {
  readonly at: SourceLocation;
  /** mistakes found where the node was made; the compiler reports them all */
  readonly problems: readonly string[];
}

/** Content of a file: inline text or bytes, or a file beside site.ts read at compile time. */
export type FileSource =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "disk"; readonly from: string };

/** How definitions of one path from several layers combine. */
export type Combine =
  /** the only definition (default): a second one is an error */
  | "unique"
  /** wins over definitions without `override` */
  | "override"
  /** text appended, in layer order, to the other definitions of the path */
  | "append";

export interface FileNode extends Declared {
  readonly kind: "file";
  readonly path: string;
  readonly source: FileSource;
  readonly mode: number | undefined;
  readonly owner: string | undefined;
  readonly combine: Combine;
}

/** A whole directory from disk copied below `path`, like the seed's layers/<name>/usr/local. */
export interface TreeNode extends Declared {
  readonly kind: "tree";
  readonly path: string;
  readonly from: string;
  readonly owner: string | undefined;
}

export interface LinkNode extends Declared {
  readonly kind: "link";
  readonly path: string;
  readonly target: string;
}

export interface DirNode extends Declared {
  readonly kind: "dir";
  readonly path: string;
  readonly mode: number | undefined;
  readonly owner: string | undefined;
}

/** What decides whether a unit restarts, besides its own files. */
export interface ActivationOptions {
  /** hearth-owned files (absolute paths) whose change restarts or reloads the unit, beyond those its directives reference */
  readonly triggers?: readonly string[];
  /** reload instead of restart when only trigger files changed; @default true when the unit has ExecReload= */
  readonly reload?: boolean;
}

/** How a unit hearth defines is hardened (see stdlib/hardening.ts). */
export interface SecurityOptions {
  /** false: do not apply hearth's base hardening profile to this service; @default true */
  readonly hardening?: boolean;
  /** the highest `systemd-analyze security` exposure score this service may have; @default the site's maxExposure */
  readonly maxExposure?: number;
}

export type Sections = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface UnitNode extends Declared {
  readonly kind: "unit";
  readonly type: UnitType;
  readonly name: string;
  readonly sections: Sections;
  readonly activation: ActivationOptions;
  readonly security: SecurityOptions;
}

/** A drop-in for a unit, usually a distro unit hearth does not own (nginx.service.d/NAME.conf). */
export interface DropinNode extends Declared {
  readonly kind: "dropin";
  readonly unit: string;
  readonly name: string;
  readonly sections: Sections;
  readonly activation: ActivationOptions;
}

/** One health check, as data the shipper runs after activation. */
export type HealthCheck =
  | { readonly type: "unit"; readonly unit: string }
  | { readonly type: "tcp"; readonly host: string; readonly port: number }
  | { readonly type: "http"; readonly host: string; readonly port: number; readonly path: string; readonly status?: number }
  | { readonly type: "command"; readonly argv: readonly string[] };

export interface HealthNode extends Declared {
  readonly kind: "health";
  readonly check: HealthCheck;
  /** seconds the check may keep failing after activation */
  readonly timeout: number;
}

/** Units and programs the distribution provides on the machine, so that units may use them. */
export interface DistroNode extends Declared {
  readonly kind: "distro";
  readonly units: readonly string[];
  readonly binaries: readonly string[];
}

/** Debian packages a layer relies on. */
export interface PackagesNode extends Declared {
  readonly kind: "packages";
  readonly names: readonly string[];
}

export type LayerItem = FileNode | TreeNode | LinkNode | DirNode | UnitNode | DropinNode | HealthNode | PackagesNode | DistroNode | AllowNode | PublishNode | Layer;
/** What a layer body may return: items, nested lists, and nothing where a condition is false. */
export type LayerBody = readonly (LayerItem | readonly LayerItem[] | false | null | undefined)[];

export interface Layer extends Declared {
  readonly kind: "layer";
  readonly name: string;
  readonly body: LayerBody | ((machine: MachineContext) => LayerBody);
}

/** Facts about a machine: declared in site.ts, overridden by those `hearth facts` gathers (site.facts.json). */
export interface Facts {
  /** `uname -m` */
  readonly arch?: "x86_64" | "aarch64" | "armv7l" | "riscv64";
  readonly nproc?: number;
  readonly memoryMiB?: number;
  readonly hostname?: string;
  /** ID= of /etc/os-release, e.g. "debian" */
  readonly osId?: string;
  /** VERSION_ID= of /etc/os-release, e.g. "12" */
  readonly osVersion?: string;
  /** VERSION_CODENAME= of /etc/os-release, e.g. "bookworm" */
  readonly osCodename?: string;
  /**
   * The major version of the machine's systemd, e.g. 257 (`systemctl --version`); @default 252,
   * Debian 12's. A directive newer than it (marked "systemd NNN+") is a compile error.
   */
  readonly systemd?: number;
  /**
   * The public key of the machine's WireGuard key pair (44 characters of base64, as `wg pubkey`
   * prints). `hearth facts` makes the pair on machines in an overlay and records this; declare it
   * for a machine it cannot reach. The private key never leaves the machine.
   */
  readonly wireguardPublicKey?: string;
  readonly [fact: string]: string | number | boolean | readonly string[] | undefined;
}

export interface Machine extends Declared {
  readonly kind: "machine";
  readonly name: string;
  /** ssh destination, e.g. "root@nas.home.arpa" */
  readonly ssh: string | undefined;
  readonly facts: Facts;
  readonly layers: readonly Layer[];
  /** the LANs and overlays it joins */
  readonly networks: readonly Membership[];
  /** set on machines that forward DNS names outside the site */
  readonly router: RouterProps | undefined;
  /** false: hearth renders no firewall for this machine */
  readonly firewall: boolean;
}

/** A machine's addresses on one network, as a layer function sees them. */
export interface NetworkAddresses {
  readonly ipv6: string;
  readonly ipv4: string | undefined;
  /** the interface on the machine: "eth0", or "wg-<overlay>" */
  readonly interface: string;
  /**
   * On an overlay, the unit that brings the interface up ("hearth-wg-<overlay>.service"): a
   * service that binds an overlay address orders itself After= and Wants= it.
   */
  readonly unit: string | undefined;
}

/** What a layer function sees: the machine it is rendered for. */
export interface MachineContext {
  readonly name: string;
  readonly ssh: string | undefined;
  readonly facts: Facts;
  readonly site: { readonly name: string; readonly domain: string };
  /** the machine's fully qualified name: <machine>.<site domain> */
  readonly fqdn: string;
  /** its addresses on each network it joins, by network name */
  readonly networks: Readonly<Record<string, NetworkAddresses>>;
}

export interface Site extends Declared {
  readonly kind: "site";
  readonly name: string;
  readonly domain: string;
  readonly machines: readonly Machine[];
  /** the highest exposure score (systemd-analyze security, 0–10) a service may have unless it says otherwise */
  readonly maxExposure: number;
  /** where networks with ipv4: { size } get their subnets */
  readonly ipv4: SiteIpv4;
  /** false: no DNS servers or resolver configuration; @default true */
  readonly dns: boolean;
}

export interface SiteIpv4 {
  /** private ranges hearth allocates from, e.g. ["10.42.0.0/16"] */
  readonly pools: readonly string[];
  /** ranges inside the pools that are used elsewhere and never allocated */
  readonly reserved: readonly string[];
}
