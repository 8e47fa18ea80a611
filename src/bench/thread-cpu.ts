import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) this process's main thread has used, or undefined where /proc does not
 * tell (not Linux). Node 20 has no per-thread counterpart of process.cpuUsage(); the main thread's
 * task id is the process id.
 */
export function mainThreadCpuSeconds(): number | undefined {
  try {
    return cpuSecondsOfStatLine(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'), clockTicksPerSecond());
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc/…/stat line, in seconds (the name in parentheses may hold spaces). */
export function cpuSecondsOfStatLine(line: string, ticksPerSecond = 100): number {
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

let ticks: number | undefined;

/**
 * The kernel's clock ticks per second, the unit of /proc's utime and stime (`getconf CLK_TCK`, asked once);
 * 100, Linux's usual value, where it cannot be asked.
 */
export function clockTicksPerSecond(): number {
  if (ticks === undefined) {
    try {
      const told = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      ticks = Number.isInteger(told) && told > 0 ? told : 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}
