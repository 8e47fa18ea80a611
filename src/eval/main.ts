// Direct entry for development: npx tsx src/eval/main.ts GOLD.jsonl [--types …] [--errors FILE] [--json]
import { evaluate, formatReport, parseTypes } from './run.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const types = flag('--types');
const errorsFile = flag('--errors');
const json = args.includes('--json');
const gold = args.find((a) => !a.startsWith('--'));
if (!gold) {
  process.stderr.write('usage: main.ts GOLD.jsonl [--types direct,partial,indirect] [--errors FILE] [--json]\n');
  process.exit(1);
}
const report = evaluate(gold, { types: types ? parseTypes(types) : undefined, errorsFile });
process.stdout.write(json ? JSON.stringify({ ...report, errors: undefined }, null, 2) + '\n' : formatReport(gold, report));
