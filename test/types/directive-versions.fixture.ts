// Type-level fixtures for directives newer than systemd 252. Checked by `tsc -p test/types` in
// test/directives.test.ts. (facts.systemd's type is checked in test/directive-versions.test.ts:
// dsl/nodes.ts needs node's types, which test/types/tsconfig.json leaves out.)
import type { ServiceSection, ServiceSections } from "../../dsl/directives.ts";

// ---- a newer directive is typed like any other (the compile checks facts.systemd)
export const newer: ServiceSections = {
  Service: { ExecStart: ["/usr/local/bin/web"], ExecReloadPost: ["/bin/true"], RestartMode: "direct", RestartSteps: 4, RestartMaxDelaySec: "5min" },
  Install: { WantedBy: "multi-user.target", UpheldBy: "multi-user.target" },
};
// @ts-expect-error RestartMode= takes "normal", "direct" or "debug"
export const wrongMode: ServiceSection = { RestartMode: "sometimes" };
// @ts-expect-error ExecReloadPost= takes argv arrays, not a shell string
export const wrongCommand: ServiceSection = { ExecReloadPost: "/bin/true --done" };

