import { describe, expect, test } from 'vitest';
import { clockTicksPerSecond, cpuSecondsOfStatLine, mainThreadCpuSeconds } from '../../src/bench/thread-cpu.js';

describe('a thread\'s CPU seconds from /proc', () => {
  test('utime + stime, read after the name even when the name holds spaces and parentheses', () => {
    const line = '4242 (node (my worker)) R 1 4242 4242 0 -1 4194304 100 0 0 0 731 52 0 0 20 0 7 0 100 0 0';
    expect(cpuSecondsOfStatLine(line)).toBeCloseTo(7.83, 5);
    // (In the system's own ticks: a kernel counting 250 a second.)
    expect(cpuSecondsOfStatLine(line, 250)).toBeCloseTo(3.132, 5);
  });

  test('the clock ticks per second are a positive whole number (the system\'s, or 100)', () => {
    const ticks = clockTicksPerSecond();
    expect(Number.isInteger(ticks) && ticks > 0).toBe(true);
  });

  // (Skipped, and reported as skipped, where there is no /proc: the reading is Linux's.)
  test.skipIf(process.platform !== 'linux')('this thread has used some CPU and no more than the whole process', () => {
    const own = mainThreadCpuSeconds();
    expect(own).toBeDefined();
    const cpu = process.cpuUsage();
    expect(own!).toBeGreaterThan(0);
    expect(own!).toBeLessThanOrEqual((cpu.user + cpu.system) / 1e6 + 0.02);
  });
});
