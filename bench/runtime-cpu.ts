/**
 * CPU time of the workerd thread that runs the worker (Linux /proc). Local workerd runs every
 * isolate — the app, and the D1, KV and rate-limiter emulations — on its main thread, so this
 * thread's CPU per request is the lower bound on how fast it serves many requests at once.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The pid of the process listening on the worker's port (its socket's inode, found among fds). */
export function listeningPid(url: string): number {
  const port = Number(new URL(url).port);
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN.
      if (fields.length > 9 && parseInt(fields[1].split(":")[1], 16) === port && fields[3] === "0A") inodes.add(fields[9]);
    }
  }
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      } catch {
        // The fd closed while we looked.
      }
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

/** CPU time (user + system) of the process's main thread, in ms. */
export function mainThreadCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
