/**
 * The DNS tree: every machine answers for its own subtree (<machine>.<site domain>) and
 * knows which machine answers for every other subtree, so site names resolve with no
 * central server to keep up and nothing to lose when one machine is down but its own names.
 *
 * - The server is dnsmasq from Debian's `dnsmasq-base` (the program alone: Debian's
 *   dnsmasq.service and /etc/dnsmasq.conf come with the `dnsmasq` package, which we do not
 *   want competing for port 53). hearth's own hearth-dns.service runs it in the foreground
 *   with the config below; dnsmasq re-reads hosts files on SIGHUP but never its main config,
 *   so a config change restarts it (the config path on ExecStart= is its trigger).
 * - It runs as a throwaway user (DynamicUser=) with CAP_NET_BIND_SERVICE only: started as
 *   non-root, dnsmasq neither changes user nor asks for capabilities, and it writes nothing
 *   (no PID file, no DHCP leases). bind-dynamic follows addresses through netlink, hence
 *   AF_NETLINK.
 * - It binds exactly the plan's addresses (never the wildcard, which systemd-resolved's
 *   127.0.0.53 would collide with), also those that appear later, like the overlay's.
 *   127.0.0.153 is on no interface (lo has 127.0.0.1/8), so each address change makes
 *   dnsmasq try to bind it again and log "Address already in use": harmless, it keeps
 *   answering there.
 * - systemd-resolved stays the machine's resolver and routes per link: each hearth link's
 *   .network (stdlib/network/networkd.ts) names the DNS servers of the machines reached over
 *   it with their subtrees and reverse names as route-only domains, and a drop-in in
 *   /usr/local/lib/systemd/resolved.conf.d/ (read by systemd 252, resolved.conf(5)) sends what
 *   is left of the site domain and its reverse zones (the machine's own names, and names
 *   nobody has) to 127.0.0.153. The most specific route wins. resolved reads its config only
 *   at start: a change restarts it.
 * - Routers forward names outside the site upstream; other machines answer site names only
 *   (and refuse the rest, which resolved also asks its link servers for).
 */
import { distro } from "../../dsl/distro.ts";
import { file } from "../../dsl/files.ts";
import { health, packages } from "../../dsl/health.ts";
import type { LayerItem } from "../../dsl/nodes.ts";
import { dropin, service } from "../../dsl/units.ts";
import { LOCAL_DNS_ADDRESS, type DnsPlan, type MachineNetworkPlan } from "../../compiler/network/model.ts";

/** dnsmasq's configuration, read once at start. */
export const DNSMASQ_CONF = "/usr/local/etc/hearth-dns/dnsmasq.conf";
/** systemd-resolved's drop-in: site names go to the local dnsmasq. */
export const RESOLVED_CONF = "/usr/local/lib/systemd/resolved.conf.d/hearth.conf";
const DNSMASQ = "/usr/sbin/dnsmasq";
/** Seconds other resolvers may cache this machine's own names; they change only with a new generation. */
const LOCAL_TTL = 60;

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** dnsmasq.conf for one machine: its own names, the way to everyone else's, and nothing else. */
export function renderDnsmasqConf(machine: string, dns: DnsPlan): string {
  const upstream = unique(dns.upstream);
  const lines = [
    `# hearth DNS for ${machine} (stdlib/network/dns.ts): answers for ${dns.zone}, asks the machine that owns any other site name.`,
    "# Read only at start: a change restarts hearth-dns.service.",
    "port=53",
    "# exactly these addresses, also once they appear (the overlay comes up later); never the wildcard",
    "bind-dynamic",
    ...unique(dns.listen).map((a) => `listen-address=${a}`),
    "# DNS only: no DHCP, no /etc/hosts, no /etc/resolv.conf (it points at systemd-resolved, which points here)",
    "no-hosts",
    "no-resolv",
    "no-poll",
    "# systemd supervises it: no PID file, log to the journal",
    "pid-file=",
    "log-facility=-",
    "cache-size=1000",
    `local-ttl=${LOCAL_TTL}`,
    "# plain names and private reverse names outside the site never leave the machine",
    "domain-needed",
    "bogus-priv",
    "",
    `# ${dns.zone}: these names, and no others below it`,
    `local=/${dns.zone}/`,
    // one address per line: dnsmasq keeps only one IPv4 and one IPv6 address of a host-record line
    ...dns.records.flatMap((r) => r.addresses.map((a) => `host-record=${[...r.names, a].join(",")}`)),
    "",
    "# the rest of the site: who answers for what",
    ...dns.forward.flatMap((f) => unique(f.servers).map((s) => `server=/${f.domain}/${s}`)),
    "# a site name nobody above answers for does not exist (and is never asked upstream)",
    ...unique(dns.routingDomains).map((d) => `local=/${d}/`),
    ...(upstream.length > 0 ? ["", "# names outside the site", ...upstream.map((s) => `server=${s}`)] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** The resolved.conf drop-in: the site's names, forward and reverse, go to the local dnsmasq. */
export function renderResolvedConf(machine: string, dns: DnsPlan): string {
  return [
    `# hearth DNS for ${machine} (stdlib/network/dns.ts): site names go to hearth-dns.service`,
    "[Resolve]",
    `DNS=${LOCAL_DNS_ADDRESS}`,
    `Domains=${unique(dns.routingDomains).map((d) => `~${d}`).join(" ")}`,
    "",
  ].join("\n");
}

/** The machine's DNS server (hearth-dns.service) and resolver configuration; nothing when the plan has no DNS. */
export function dnsItems(plan: MachineNetworkPlan): LayerItem[] {
  const dns = plan.dns;
  if (dns === undefined) return [];
  return [
    packages("dnsmasq-base", "systemd-resolved"),
    distro({ binaries: [DNSMASQ], units: ["systemd-resolved.service"] }),
    file(DNSMASQ_CONF, renderDnsmasqConf(plan.machine, dns)),
    service("hearth-dns", {
      Unit: {
        Description: "hearth DNS: this machine's names and the way to every other machine's (dnsmasq)",
        // systemd-resolved sends site names here: name lookups are not complete without it
        Wants: ["nss-lookup.target"],
        Before: ["nss-lookup.target"],
      },
      Service: {
        Type: "exec",
        ExecStart: [DNSMASQ, "--keep-in-foreground", `--conf-file=${DNSMASQ_CONF}`],
        DynamicUser: true,
        AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
        // bind-dynamic learns about new addresses over netlink
        RestrictAddressFamilies: ["AF_UNIX AF_INET AF_INET6 AF_NETLINK"],
        Restart: "on-failure",
      },
      Install: { WantedBy: ["multi-user.target"] },
    }),
    file(RESOLVED_CONF, renderResolvedConf(plan.machine, dns)),
    dropin("systemd-resolved.service", "hearth", {
      Install: { WantedBy: ["multi-user.target"] },
      triggers: [RESOLVED_CONF],
      // resolved reads resolved.conf.d only at start (systemd 252)
      reload: false,
    }),
    health.unit("hearth-dns.service"),
  ];
}
