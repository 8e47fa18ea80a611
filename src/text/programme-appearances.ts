import { cueLexicon } from '../lexicon/cues.js';

/**
 * Signs that a title in quotation marks after "on" is a programme someone appears on as a guest, read from the
 * text right around the title: its host named after it ("on “…,” where the host, Ann Lee, asked …", "on “…,”
 * the weekly show hosted by Ann Lee"), or an interview given on it ("in a two-hour interview on “…”"). A
 * drama has cast, not hosts, and is not interviewed on. Shared by the outlet list (talk-programmes.ts) and the
 * quotes that carry the programme (quotes/programme-appearances.ts).
 */
export function guestAppearanceAround(before: string, after: string): boolean {
  if (!/\bon\s*$/.test(before)) {
    // "on the podcast “…”": a podcast is talk, so being on one is a guest's appearance; "on the show “…”" may be a
    // drama's set, so its host must be named after it.
    const kind = KIND_ON.exec(before)?.[1]?.toLowerCase();
    return kind === 'podcast' || (kind !== undefined && hostAfter().test(after));
  }
  if (hostAfter().test(after)) return true;
  // (A quoted topic is interviewed on too — "an interview on “Medicare for All”" — so a programme word must follow.)
  return INTERVIEW_ON.test(before) && PROGRAMME_AFTER.test(after);
}

/** "interview on", "in a long interview on": an interview noun right before the "on" that names the programme. */
const INTERVIEW_ON = /\binterviews?\s+on\s*$/i;

/** "on the podcast", "on her weekly show": a programme kind word between the "on" and the title. */
const KIND_ON = /\bon\s+(?:the|a|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(podcast|show|programme|program)\s*$/iu;

/** Right after the title: a programme kind word ("“…” show", "“…,” the weekly podcast"). */
const PROGRAMME_AFTER = /^[”"’',\s]*(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:show|podcast|programme|program)\b/u;

/** A person's name: two or three capitalised words, the last not followed by another capital or "at"/"of" + capital. */
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+\b(?!\s+(?:\p{Lu}|(?:of|for)\s+\p{Lu}))`;

let hostAfterPattern: RegExp | undefined;

/**
 * Right after the title (its closing mark and comma read or not): "where the host, Ann Lee, …", "where its presenter,
 * Ann Lee, …", "whose hosts, Ann Lee and Bo Tam, …", "the weekly show hosted by Ann Lee", "hosted by the banker Ann Lee" — a person named, not "the host
 * nation" or "hosted by Deloitte at the Hilton" (presenter nouns: cues.json presenter_nouns).
 */
function hostAfter(): RegExp {
  if (hostAfterPattern) return hostAfterPattern;
  const nouns = [...cueLexicon().presenterNouns].join('|');
  hostAfterPattern = new RegExp(
    String.raw`^[”"’',\s]*(?:(?:(?:where|when)\s+(?:the|its)|whose)\s+(?:${nouns}),\s+${PERSON}|(?:(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:show|podcast|programme|program)\s+)?(?:hosted|presented|fronted|co-hosted)\s+by\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2})?${PERSON})`,
    'u',
  );
  return hostAfterPattern;
}
