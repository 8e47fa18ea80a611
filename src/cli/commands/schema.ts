import { readFileSync } from 'node:fs';
import type { Command } from 'commander';

export const SCHEMA_NAMES = ['quote', 'article', 'quotewire'] as const;

export function schemaText(name: string): string {
  return readFileSync(new URL(`../../../schema/${name}.schema.json`, import.meta.url), 'utf8');
}

export function register(program: Command, _status: { code: number }): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output records (quote, article, quotewire)')
    .argument('[name]', `one of ${SCHEMA_NAMES.join(', ')}; all when omitted`)
    .action((name?: string) => {
      if (name && !SCHEMA_NAMES.includes(name as (typeof SCHEMA_NAMES)[number])) {
        throw new Error(`unknown schema "${name}": choose one of ${SCHEMA_NAMES.join(', ')}`);
      }
      const names = name ? [name] : SCHEMA_NAMES;
      const all = Object.fromEntries(names.map((n) => [n, JSON.parse(schemaText(n))]));
      process.stdout.write(JSON.stringify(name ? all[name] : all, null, 2) + '\n');
    });
}
