/** One benchmark measurement, printed by probe.ts as a JSON line and read by main.ts. */
export interface Measurement {
  mode: string;
  bytes: number;
  articles: number;
  seconds: number;
  maxRssMb: number;
  /** CPU seconds of the whole process (every thread), and of its main thread alone where the OS tells (Linux). */
  cpuSeconds?: number;
  mainThreadCpuSeconds?: number;
}
