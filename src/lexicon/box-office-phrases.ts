import { readDataFile } from './data-file.js';
import { regExpLiteral } from '../text/regexp-literal.js';

interface BoxOfficeData {
  before_amount: string[];
  alone: string[];
}

let re: RegExp | undefined;

/**
 * A box-office predicate opening `after` (data/box-office-phrases.json): a phrase of its own ("grossed",
 * "set records") or a verb of takings with a sum right after it ("opened to $41 million").
 */
export function boxOfficePredicate(): RegExp {
  if (re) return re;
  const data = readDataFile<BoxOfficeData>('box-office-phrases.json');
  const words = (list: string[]) => list.map((p) => regExpLiteral(p).replace(/ /g, '\\s+')).join('|');
  re = new RegExp(String.raw`^(?:(?:has|had|have)\s+)?(?:(?:${words(data.alone)})\b|(?:${words(data.before_amount)})\s+(?:about\s+|nearly\s+|more\s+than\s+|an\s+estimated\s+)?[$£€¥]\s?\d)`, 'i');
  return re;
}
