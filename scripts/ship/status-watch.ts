// Following an activation's journal: one command over the master that prints
// `install.sh status` whenever it changes, instead of one ssh round trip per poll.
// It ends by itself when the activation does. The machine looks every 50 ms, with
// shell builtins only: the journal's state and its number of events. It runs the
// installer's status (a shell reading the whole installer) only when they moved,
// and every half second regardless, for what the journal cannot say (a worker that
// died). Targets are small machines: a status per look, on every machine of a ship
// at once, took CPU from the activation it was watching.
import { installerCommand, JOURNAL_DIR } from "./remote.ts";
import { ConnectionLost, type SshSession } from "./ssh.ts";
import { parseStatus, type ActivationStatus } from "./status.ts";

const SEPARATOR = "--- status";
/** looks between two status runs when the journal does not move (50 ms each) */
const LOOKS_PER_STATUS = 10;

const WATCH_SCRIPT = `
NL='
'
prev='' seen='' looks=0
while :; do
  st=''
  read -r st 2>/dev/null <${JOURNAL_DIR}/state
  events=0
  if [ -f ${JOURNAL_DIR}/events ]; then
    while IFS= read -r _; do events=$((events + 1)); done <${JOURNAL_DIR}/events
  fi
  if [ "$st:$events" != "$seen" ] || [ "$looks" -ge ${LOOKS_PER_STATUS} ]; then
    seen=$st:$events looks=0
    s=$(${installerCommand("status")} 2>/dev/null) || s=
    if [ "$s" != "$prev" ]; then
      printf '%s\\n${SEPARATOR}\\n' "$s" || exit 0
      prev=$s
    fi
    case "$NL$s$NL" in
    *"\${NL}state=done$NL"* | *"\${NL}state=rolled-back$NL"* | *"\${NL}state=failed$NL"* | *"\${NL}state=none$NL"* | *"\${NL}worker=gone$NL"*) exit 0 ;;
    esac
  fi
  looks=$((looks + 1))
  sleep 0.05 2>/dev/null || sleep 1
done
`;

/**
 * Yields the machine's activation status each time it changes, starting with the
 * current one, until the activation ends (or `until`, a time in ms). Throws
 * ConnectionLost when the master goes away.
 */
export async function* watchStatus(session: SshSession, until: number): AsyncGenerator<ActivationStatus> {
  const child = session.spawnMux(WATCH_SCRIPT);
  const timer = setTimeout(() => child.kill("SIGTERM"), Math.max(0, until - Date.now()));
  const closed = new Promise<number>((resolve) => {
    child.on("close", (code) => resolve(code ?? 255));
    child.on("error", () => resolve(255));
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  try {
    let buffered = "";
    for await (const chunk of child.stdout!) {
      buffered += (chunk as Buffer).toString();
      for (let end = buffered.indexOf(`\n${SEPARATOR}\n`); end >= 0; end = buffered.indexOf(`\n${SEPARATOR}\n`)) {
        const text = buffered.slice(0, end);
        buffered = buffered.slice(end + SEPARATOR.length + 2);
        yield parseStatus(text);
      }
    }
    const code = await closed;
    if (code === 255 && !(await session.alive())) throw new ConnectionLost(`the ssh connection to ${session.target.machine} was lost`);
    if (code !== 0 && Date.now() < until) throw new Error(`following the activation on ${session.target.machine} failed (exit ${code}): ${stderr.trim()}`);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null) child.kill("SIGTERM");
  }
}
