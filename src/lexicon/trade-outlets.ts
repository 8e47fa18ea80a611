import { readDataFile } from './data-file.js';

interface TradeOutlets { outlets: ReadonlySet<string>; nouns: ReadonlySet<string> }

let trade: TradeOutlets | undefined;

function tradeOutlets(): TradeOutlets {
  if (trade) return trade;
  const data = readDataFile<{ outlets: string[]; nouns: string[] }>('trade-outlets.json');
  trade = { outlets: new Set(data.outlets), nouns: new Set(data.nouns) };
  return trade;
}

/** A trade publication, by its canonical outlet name (data/trade-outlets.json): "Variety", "The Hollywood Reporter". */
export function isTradeOutlet(canonical: string): boolean {
  return tradeOutlets().outlets.has(canonical);
}

/** A noun that after "trade" names a trade outlet: "the trade paper", "the trade publication". */
export function isTradeOutletNoun(word: string): boolean {
  return tradeOutlets().nouns.has(word.toLowerCase());
}
