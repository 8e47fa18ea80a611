import { cueLexicon } from '../lexicon/cues.js';

/**
 * Signs that a title in quotation marks after "on" is a programme someone appears on as a guest, read from the
 * text right around the title: its host named after it ("on “…,” where the host, Ann Lee, asked …", "on “…,”
 * the weekly show hosted by Ann Lee"), or an interview given on it ("in a two-hour interview on “…”"). A
 * drama has cast, not hosts, and is not interviewed on. Shared by the outlet list (talk-programmes.ts) and the
 * quotes that carry the programme (quotes/programme-appearances.ts).
 */
export function guestAppearanceAround(before: string, after: string): boolean {
  if (!/\bon\s*$/.test(before)) return false;
  return INTERVIEW_ON.test(before) || hostAfter().test(after);
}

/** "interview on", "in a long interview on": an interview noun right before the "on" that names the programme. */
const INTERVIEW_ON = /\binterviews?\s+on\s*$/i;

let hostAfterPattern: RegExp | undefined;

/**
 * Right after the title (its closing mark and comma read or not): "where the host, …", "where its presenter
 * …", "the weekly show hosted by …", "hosted by …" (presenter nouns: cues.json presenter_nouns).
 */
function hostAfter(): RegExp {
  const nouns = [...cueLexicon().presenterNouns].join('|');
  hostAfterPattern ??= new RegExp(
    String.raw`^[”"’',\s]*(?:(?:where|when)\s+(?:the|its)\s+(?:${nouns})\b|(?:(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:show|podcast|programme|program)\s+)?(?:hosted|presented|fronted|co-hosted)\s+by\b)`,
    'u',
  );
  return hostAfterPattern;
}
