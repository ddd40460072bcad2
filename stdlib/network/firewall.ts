/**
 * The machine's firewall: one nftables table, `inet hearth`, default deny inbound.
 *
 * - hearth owns its table and nothing else: other tables (Docker's, libvirt's, an admin's)
 *   are never flushed. The ruleset file replaces the table atomically: `table inet hearth {}`
 *   (create it if missing), `delete table inet hearth`, then the whole table again, all one
 *   `nft -f` transaction, so there is never a moment without the rules nor a half-loaded set.
 * - Input: established/related, loopback, ICMP echo and the ICMPv6 that IPv6 cannot work
 *   without (neighbour and router discovery, packet-too-big for path MTU, MLD queries, which
 *   switches with MLD snooping need answered to keep multicast, ND included, flowing), then
 *   ssh from anywhere: a typo in site.ts must never lock the operator out of the machine that
 *   would receive the fix. Then one part per opening of the plan. Everything else is dropped.
 * - No forward chain: machines do not route between hearth networks yet, and a drop verdict
 *   in any base chain is final for the packet, so a forward chain here would break the
 *   containers and VMs whose forwarding other tables manage. Forwarding stays as the kernel
 *   (ip_forward) and those tables say. No output chain: outbound traffic is not limited.
 * - hearth-firewall.service loads it before the network comes up (Before=network-pre.target,
 *   DefaultDependencies=no, as Debian's nftables.service). Without default dependencies it is
 *   not stopped at shutdown either: the rules stay until the machine is down. It needs only
 *   the ruleset's file system (RequiresMountsFor=); PrivateTmp= would order it after
 *   systemd-tmpfiles-setup.service and /var/tmp's mount, late for a firewall (and a cycle when
 *   /var needs the network), so the unit turns it off. A change reloads it (the same atomic
 *   load); stopping it (the table removed from the site) deletes the table.
 */
import { distro } from "../../dsl/distro.ts";
import { file } from "../../dsl/files.ts";
import { health, packages } from "../../dsl/health.ts";
import type { LayerItem } from "../../dsl/nodes.ts";
import { service } from "../../dsl/units.ts";
import type { FirewallRule, MachineNetworkPlan } from "../../compiler/network/model.ts";

/** The ruleset file `nft -f` loads. */
export const RULESET = "/usr/local/etc/nftables/hearth.nft";
const NFT = "/usr/sbin/nft";
/** The one port that is always open. */
const SSH_PORT = 22;

/** `22`, or `{ 53, 80 }` for several: sorted, without repeats. */
const portSet = (ports: readonly number[]): string => {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `{ ${sorted.join(", ")} }`;
};

/** `iifname "eth0" ` or `iifname { "eth0", "wg-mesh" } `; nothing for "any". */
function interfaceMatch(from: FirewallRule["from"]): string {
  if (from === "any") return "";
  const names = [...new Set(from)].map((n) => `"${n}"`);
  return names.length === 1 ? `iifname ${names[0]} ` : `iifname { ${names.join(", ")} } `;
}

/** One opening: a comment saying who opened it, then its tcp and udp lines. */
function ruleLines(rule: FirewallRule): string[] {
  const iif = interfaceMatch(rule.from);
  return [
    // a comment ends at the line's end: the reason must stay on one line
    `\t\t# ${rule.why.replace(/\s+/g, " ").trim()}`,
    ...(rule.tcp.length > 0 ? [`\t\t${iif}tcp dport ${portSet(rule.tcp)} accept`] : []),
    ...(rule.udp.length > 0 ? [`\t\t${iif}udp dport ${portSet(rule.udp)} accept`] : []),
  ];
}

/** The machine's nftables ruleset (for `nft -f`); "" when the plan has no firewall. */
export function renderRuleset(plan: MachineNetworkPlan): string {
  if (plan.firewall === undefined) return "";
  return [
    `# hearth firewall for ${plan.machine} (stdlib/network/firewall.ts): table inet hearth only; other tables are left alone.`,
    "# One transaction: create the table if missing, delete it, define it again.",
    "table inet hearth {}",
    "delete table inet hearth",
    "",
    "table inet hearth {",
    "\tchain input {",
    "\t\ttype filter hook input priority filter; policy drop;",
    "",
    "\t\tct state established,related accept",
    "\t\tct state invalid drop",
    '\t\tiif "lo" accept',
    "\t\ticmp type echo-request accept",
    "\t\ticmpv6 type { echo-request, packet-too-big, nd-router-advert, nd-neighbor-solicit, nd-neighbor-advert, mld-listener-query } accept",
    "\t\t# ssh, from anywhere: a mistake in site.ts must never lock out the way to fix it",
    `\t\ttcp dport ${SSH_PORT} accept`,
    ...plan.firewall.rules.flatMap((rule) => ["", ...ruleLines(rule)]),
    "\t}",
    "}",
    "",
  ].join("\n");
}

/** The machine's firewall: the ruleset and hearth-firewall.service, which loads it; nothing when the plan has no firewall. */
export function firewallItems(plan: MachineNetworkPlan): LayerItem[] {
  if (plan.firewall === undefined) return [];
  return [
    packages("nftables"),
    distro({ binaries: [NFT] }),
    file(RULESET, renderRuleset(plan)),
    service("hearth-firewall", {
      Unit: {
        Description: "hearth firewall (nftables table inet hearth)",
        DefaultDependencies: false,
        Wants: ["network-pre.target"],
        Before: ["network-pre.target"],
        RequiresMountsFor: [RULESET],
      },
      Service: {
        Type: "oneshot",
        RemainAfterExit: true,
        ExecStart: [NFT, "-f", RULESET],
        ExecReload: [NFT, "-f", RULESET],
        // one transaction that succeeds whether or not the table is still there
        ExecStop: [NFT, "add table inet hearth; delete table inet hearth"],
        CapabilityBoundingSet: ["CAP_NET_ADMIN"],
        RestrictAddressFamilies: ["AF_NETLINK"],
        IPAddressDeny: ["any"],
        PrivateTmp: false,
      },
      Install: { WantedBy: ["multi-user.target"] },
      reload: true,
    }),
    health.unit("hearth-firewall.service"),
  ];
}
