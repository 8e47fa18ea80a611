import type { RunInfo } from '../export/writers.js';
import type { Shard } from './shard.js';

export interface RunSettings {
  formats: string[];
  include?: string[];
  exclude?: string[];
  shard?: Shard;
  pullquotes?: number;
  clean?: boolean;
}

/**
 * quotewire.json's run record. Deterministic (no clock times) and built in one place, so that a
 * distributed job's collected files equal a local run's byte for byte.
 */
export function runInfo(version: string, inputs: string[], settings: RunSettings): RunInfo {
  return {
    tool: 'quotewire',
    version,
    inputs,
    options: {
      formats: settings.formats,
      include: settings.include ?? [],
      exclude: settings.exclude ?? [],
      shard: settings.shard ? `${settings.shard.index}/${settings.shard.count}` : null,
      pullquotes: settings.pullquotes ?? 3,
      clean: settings.clean ?? false,
    },
  };
}
