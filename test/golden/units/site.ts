// Units, drop-ins, enablement links and what triggers a restart or reload.
import { distro, dropin, file, health, layer, machine, packages, reset, service, site, socket, target, timer } from "hearth";

const app = layer("app", [
  file("/usr/local/bin/app", "#!/bin/sh\nexec sleep infinity\n"),
  file("/usr/local/etc/app/app.env", "MODE=prod\n"),
  file("/usr/local/etc/app/extra.toml", "x = 1\n"),
  service("app", {
    Unit: { Description: "The app", After: ["network-online.target"], Wants: ["network-online.target"] },
    Service: {
      ExecStart: ["/usr/local/bin/app", "--name", "two words", "--quote", 'say "hi"', "--home", "$HOME"],
      ExecReload: ["/bin/kill", "-HUP", "$MAINPID"],
      EnvironmentFile: "/usr/local/etc/app/app.env",
      Environment: { GREETING: "hello world", PLAIN: "x" },
      Restart: "on-failure",
      RestartSec: "5s",
    },
    Install: { WantedBy: ["multi-user.target"] },
    triggers: ["/usr/local/etc/app/extra.toml"],
  }),
  socket("app-admin", { Socket: { ListenStream: ["127.0.0.1:9000"] }, Install: { WantedBy: ["sockets.target"] } }),
  service("app-admin", { Service: { ExecStart: ["/usr/local/bin/app", "admin"] } }),
  timer("app-cleanup", { Timer: { OnCalendar: "daily", Persistent: true }, Install: { WantedBy: ["timers.target"] } }),
  service("app-cleanup", { Service: { Type: "oneshot", ExecStart: [["/usr/local/bin/app", "cleanup"], ["-/usr/local/bin/app", "vacuum"]] } }),
  target("app-stack", { Unit: { Description: "Everything of the app" }, Install: { RequiredBy: ["multi-user.target"] } }),
]);

const distroOverrides = layer("distro-overrides", [
  distro({ units: ["nginx.service"], binaries: ["/usr/sbin/nginx"] }),
  file("/usr/local/etc/nginx.conf", "events {}\n"),
  dropin("nginx.service", "hearth", {
    Service: {
      ExecStart: [reset, ["/usr/sbin/nginx", "-c", "/usr/local/etc/nginx.conf", "-g", "daemon off;"]],
      BindReadOnlyPaths: ["/usr/local/etc/nginx.conf:/etc/nginx/nginx.conf"],
    },
    reload: true,
  }),
  packages("nginx", "ca-certificates"),
]);

const checks = layer("checks", [
  packages("nginx"),
  health.unit("app.service"),
  health.tcp(9000, { timeout: "30s" }),
  health.http("http://127.0.0.1:8080/healthz", { status: 204 }),
  health.command(["/usr/local/bin/app", "selftest"], { timeout: 5 }),
]);

export default site({
  name: "golden",
  domain: "golden.test",
  machines: [machine("one", { layers: [app, distroOverrides, checks] })],
});
