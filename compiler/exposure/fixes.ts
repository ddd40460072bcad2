// What to set to remove one cost that `systemd-analyze security` reports, in the terms of
// systemd.exec(5), so the error says how to fix it and not only what is wrong.
import { directiveKind } from "../../dsl/directives.ts";

/** Fixes for checks whose name does not say it; the rest follow from the name's shape. */
const SPECIFIC: Readonly<Record<string, string>> = {
  "User=/DynamicUser=": "DynamicUser=yes, or User= a system user",
  "RootDirectory=/RootImage=": "RootDirectory= or RootImage= (its own file system tree)",
  "ProtectSystem=": "ProtectSystem=strict",
  "ProtectHome=": "ProtectHome=yes",
  "ProtectProc=": "ProtectProc=invisible",
  "ProcSubset=": "ProcSubset=pid",
  "UMask=": "UMask=0077",
  "IPAddressDeny=": "IPAddressDeny=any, with IPAddressAllow= for the addresses it needs",
  "DeviceAllow=": "DevicePolicy=closed, or PrivateDevices=yes",
  "SystemCallArchitectures=": "SystemCallArchitectures=native",
  "KeyringMode=": "KeyringMode=private",
  "NotifyAccess=": "NotifyAccess=main",
  "Delegate=": "Delegate=no",
  "AmbientCapabilities=": "AmbientCapabilities= with only the capabilities it needs",
  "SupplementaryGroups=": "no SupplementaryGroups=",
  "RestrictAddressFamilies=~…": "RestrictAddressFamilies= listing only the families it uses",
  "RestrictAddressFamilies=~...": "RestrictAddressFamilies= listing only the families it uses",
};

/** "PrivateNetwork=" → "PrivateNetwork=yes"; "CapabilityBoundingSet=~CAP_SYS_ADMIN" → "CapabilityBoundingSet= without CAP_SYS_ADMIN". */
export function fixFor(setting: string): string {
  const specific = SPECIFIC[setting];
  if (specific) return specific;
  const m = /^([A-Za-z]+)=(?:~(.*))?$/.exec(setting);
  if (!m) return setting;
  const [, directive = "", excluded] = m;
  if (excluded === undefined) return directiveKind("Service", directive) === "bool" ? `${directive}=yes` : `${directive}=`;
  if (directive === "SystemCallFilter") return `SystemCallFilter=~${excluded} (after an allow list such as @system-service)`;
  if (directive === "RestrictNamespaces") return `RestrictNamespaces=yes, or a list without ${excluded}`;
  return `${directive}= without ${excluded}`;
}

/** The directives a check is about: "User=/DynamicUser=" → ["User", "DynamicUser"]. */
export const directivesOf = (setting: string): string[] => [...setting.matchAll(/([A-Za-z]+)=/g)].map((m) => m[1]!);
