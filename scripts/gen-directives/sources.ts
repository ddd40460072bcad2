/**
 * Which man page documents which section. Unit file sections are each one page's OPTIONS
 * plus the shared groups (exec, kill, resource control) that systemd's parser adds to them;
 * the other file types take every "[Name] SECTION OPTIONS" heading of their page.
 */

/** Directive groups that several unit sections share, each documented on its own page. */
export const groups = {
  /** systemd.exec(5): every heading that documents directives */
  exec: { page: "systemd.exec.5", headings: "*" },
  kill: { page: "systemd.kill.5", headings: ["OPTIONS"] },
  /** "HISTORY" documents only deprecated spellings, which the table leaves out */
  resourceControl: { page: "systemd.resource-control.5", headings: ["OPTIONS"] },
} as const;
export type GroupName = keyof typeof groups;

export interface UnitSectionSource {
  readonly section: string;
  readonly page: string;
  readonly heading: string;
  readonly groups: readonly GroupName[];
}

/** Unit file sections in the order the table lists them; [Install] last, as it is rendered. */
export const unitSections: readonly UnitSectionSource[] = [
  { section: "Unit", page: "systemd.unit.5", heading: "[UNIT] SECTION OPTIONS", groups: [] },
  { section: "Service", page: "systemd.service.5", heading: "OPTIONS", groups: ["exec", "kill", "resourceControl"] },
  { section: "Socket", page: "systemd.socket.5", heading: "OPTIONS", groups: ["exec", "kill", "resourceControl"] },
  { section: "Timer", page: "systemd.timer.5", heading: "OPTIONS", groups: [] },
  { section: "Path", page: "systemd.path.5", heading: "OPTIONS", groups: [] },
  { section: "Mount", page: "systemd.mount.5", heading: "OPTIONS", groups: ["exec", "kill", "resourceControl"] },
  { section: "Automount", page: "systemd.automount.5", heading: "OPTIONS", groups: [] },
  { section: "Swap", page: "systemd.swap.5", heading: "OPTIONS", groups: ["exec", "kill", "resourceControl"] },
  { section: "Slice", page: "systemd.slice.5", heading: "OPTIONS", groups: ["resourceControl"] },
  { section: "Install", page: "systemd.unit.5", heading: "[INSTALL] SECTION OPTIONS", groups: [] },
];

/** Unit types hearth declares and the sections each may hold, [Unit] first and [Install] last. */
export const unitTypes: Readonly<Record<string, readonly string[]>> = {
  service: ["Unit", "Service", "Install"],
  socket: ["Unit", "Socket", "Install"],
  timer: ["Unit", "Timer", "Install"],
  path: ["Unit", "Path", "Install"],
  mount: ["Unit", "Mount", "Install"],
  automount: ["Unit", "Automount", "Install"],
  swap: ["Unit", "Swap", "Install"],
  slice: ["Unit", "Slice", "Install"],
  target: ["Unit", "Install"],
};

/**
 * Sections that may appear several times in one file, each block configuring one thing (an
 * address, a route, a peer). Most pages say "Specify several [X] sections"; some (the traffic
 * control sections, [WireGuardPeer]) only imply it, so the list is written out here.
 */
export const repeatableSections: Readonly<Record<string, readonly string[]>> = {
  network: [
    "SR-IOV", "Address", "Neighbor", "IPv6AddressLabel", "RoutingPolicyRule", "NextHop", "Route", "DHCPServerStaticLease",
    "IPv6Prefix", "IPv6RoutePrefix", "BridgeFDB", "BridgeMDB", "BridgeVLAN", "QDisc", "NetworkEmulator", "TokenBucketFilter",
    "PIE", "FlowQueuePIE", "StochasticFairBlue", "StochasticFairnessQueueing", "BFIFO", "PFIFO", "PFIFOHeadDrop", "PFIFOFast",
    "CAKE", "ControlledDelay", "DeficitRoundRobinScheduler", "DeficitRoundRobinSchedulerClass", "EnhancedTransmissionSelection",
    "GenericRandomEarlyDetection", "FairQueueingControlledDelay", "FairQueueing", "TrivialLinkEqualizer", "HierarchyTokenBucket",
    "HierarchyTokenBucketClass", "HeavyHitterFilter", "QuickFairQueueing", "QuickFairQueueingClass",
    // sections newer than systemd 252
    "IPv6PREF64Prefix", "ClassfulMultiQueueing", "BandMultiQueueing",
  ],
  netdev: ["L2TPSession", "MACsecReceiveChannel", "MACsecTransmitAssociation", "MACsecReceiveAssociation", "WireGuardPeer"],
  link: ["SR-IOV"],
  nspawn: [],
  resolved: [],
};

export interface ConfigFileSource {
  readonly page: string;
  /** a page whose OPTIONS all belong to one section (resolved.conf) */
  readonly single?: { readonly heading: string; readonly section: string };
  /** where the file goes, for the JSDoc */
  readonly about: string;
  /** the program that parses the file; its compiled-in key table is cross-checked */
  readonly program: string;
}

/** Configuration files other than units, by the suffix (or name) hearth gives them. */
export const configFiles: Readonly<Record<string, ConfigFileSource>> = {
  network: { page: "systemd.network.5", about: "systemd-networkd .network file (systemd.network(5))", program: "systemd-networkd" },
  netdev: { page: "systemd.netdev.5", about: "systemd-networkd .netdev file (systemd.netdev(5))", program: "systemd-networkd" },
  link: { page: "systemd.link.5", about: "udev .link file (systemd.link(5))", program: "udevadm" },
  nspawn: { page: "systemd.nspawn.5", about: "systemd-nspawn .nspawn file (systemd.nspawn(5))", program: "systemd-nspawn" },
  resolved: { page: "resolved.conf.5", single: { heading: "OPTIONS", section: "Resolve" }, about: "systemd-resolved drop-in, resolved.conf.d/*.conf (resolved.conf(5))", program: "systemd-resolved" },
};
