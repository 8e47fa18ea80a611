import { wordSetFrom } from './data-file.js';

let appositionOnly: ReadonlySet<string> | undefined;
let personJobs: ReadonlySet<string> | undefined;

/** data/outlet-kind-words.json apposition_only: a kind that names an outlet only with the name after it ("the channel Kanal Nord"). */
export function isAppositionOnlyOutletKind(word: string): boolean {
  appositionOnly ??= wordSetFrom('outlet-kind-words.json', 'apposition_only');
  return appositionOnly.has(word);
}

/** data/outlet-kind-words.json person_jobs: an outlet's kind that is also a person's job ("the broadcaster Piers Morgan"). */
export function isOutletKindAlsoPersonJob(word: string): boolean {
  personJobs ??= wordSetFrom('outlet-kind-words.json', 'person_jobs');
  return personJobs.has(word);
}

let shopKinds: ReadonlySet<string> | undefined;
let newsQualifiers: ReadonlySet<string> | undefined;

/** data/outlet-kind-words.json shop_kinds: a kind that is also a shop's ("the factory outlet …"). */
export function isShopOutletKind(word: string): boolean {
  shopKinds ??= wordSetFrom('outlet-kind-words.json', 'shop_kinds');
  return shopKinds.has(word);
}

/** data/outlet-kind-words.json news_qualifiers: a word that makes a shop-like kind a news medium ("the entertainment outlet …"). */
export function isNewsQualifier(word: string): boolean {
  newsQualifiers ??= wordSetFrom('outlet-kind-words.json', 'news_qualifiers');
  return newsQualifiers.has(word);
}
