// Billed actors: "The English dub stars Mara Quill as Hana and Teo Brandt as the fox spirit." Whoever a billing
// sentence casts "as" a part is a real person, whatever the part (a name or a description in small letters) and
// whether or not the given name is a known one. Read apart from the people stage: the rule is about cast lists.

// The billing verb: "stars", "starred", "starring", "co-stars", or "features"/"featured" after a noun for a work
// ("the festival features Ana Ruiz as host" bills no cast).
const BILLING_VERB = String.raw`(?:\b(?:stars|starred|starring|co-stars)|(?<=\b(?:dub|cast|film|movie|series|show|version|sequel|remake|adaptation|episode|production)[ \t]+(?:also[ \t]+)?)(?:features|featured))`;
const FIRST_PAIR_BEFORE = new RegExp(String.raw`${BILLING_VERB}[ \t]+$`, 'u');
// A later pair: the billing verb, a first "NAME as …" pair, and a comma or "and" before this name, in one sentence.
const LATER_PAIR_BEFORE = new RegExp(String.raw`${BILLING_VERB}[ \t]+\p{Lu}[^.;!?\n]*?[ \t]as[ \t][^.;!?\n]*?(?:,[ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+)$`, 'u');
const AS_AFTER = /^[ \t]+as[ \t]+\S/;

/** Whether the name from `start` to `end` is an actor a billing sentence casts as a part. */
export function billedAsPart(text: string, start: number, end: number): boolean {
  if (!AS_AFTER.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(0, start - 200), start);
  return FIRST_PAIR_BEFORE.test(before) || LATER_PAIR_BEFORE.test(before);
}
