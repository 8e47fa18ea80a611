// Gender from the text around a person: pronouns for a speaker ("he said") and in the sentence after a name. Kept
// apart from people.ts because it reads quotes and pronouns, not names; the stage only takes the answers.
import type { AnalyzedArticle, Gender, Mention, Quote } from '../types.js';
import type { Person } from '../nlp/names.js';

/** What this file needs of a person's record in the people stage: where the person is mentioned. */
type Mentioned = { mentions: Mention[] };

/**
 * Pronouns outside quotations in the sentence after one that names a single person refer to that person
 * ("Quill Anders checked the players. … she said."): their gender, when they all agree.
 */
export function genderFromNextSentence(doc: AnalyzedArticle, found: Map<Person, Mentioned>, quotes: Quote[]): Map<Person, Gender> {
  const text = doc.article.text;
  const votes = new Map<Person, { male: number; female: number }>();
  const inQuote = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  // The people named in each sentence, from one pass over the mentions (sentences are in text order).
  const bySentence = new Map<number, Set<Person>>();
  const starts = doc.sentences.map((sn) => sn.start);
  for (const [p, entry] of found) {
    for (const m of entry.mentions) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.start) lo = mid;
        else hi = mid - 1;
      }
      if (m.end > doc.sentences[lo]!.end) continue;
      const set = bySentence.get(lo) ?? new Set<Person>();
      set.add(p);
      bySentence.set(lo, set);
    }
  }
  const namedCount = (i: number) => bySentence.get(i)?.size ?? 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    if (namedCount(i) !== 1) continue;
    const here = [...bySentence.get(i)!];
    const v = votes.get(here[0]!) ?? { male: 0, female: 0 };
    votes.set(here[0]!, v);
    // "Li said she would …": the subject of reported speech right after the person's speech verb.
    const sn = doc.sentences[i]!;
    for (const m of found.get(here[0]!)!.mentions.filter((x) => x.start >= sn.start && x.end <= sn.end)) {
      const said = /^\s+(?:said|says|told\s+\S+|added|insisted|argued|claimed|stressed|explained|noted|warned)\s+(?:that\s+)?(he|she)\b/.exec(text.slice(m.end, m.end + 60));
      if (said) v[said[1] === 'he' ? 'male' : 'female']++;
    }
    if (i + 1 >= doc.sentences.length || namedCount(i + 1) > 0) continue;
    const next = doc.sentences[i + 1]!;
    for (let k = next.tokenStart; k < next.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      if (t.pos !== 'PRON' || inQuote(t.start)) continue;
      if (/^(?:he|him|his|himself)$/.test(t.normal)) v.male++;
      else if (/^(?:she|her|hers|herself)$/.test(t.normal)) v.female++;
    }
    votes.set(here[0]!, v);
  }
  const out = new Map<Person, Gender>();
  for (const [p, v] of votes) {
    if (v.male > 0 && v.female === 0) out.set(p, 'male');
    else if (v.female > 0 && v.male === 0) out.set(p, 'female');
  }
  return out;
}

/** "he said" attributed to a person is evidence of that person's gender. */
export function genderFromQuotes(quotes: Quote[]): Map<string, Gender> {
  const votes = new Map<string, { male: number; female: number }>();
  for (const q of quotes) {
    const m = q.speaker_mention?.toLowerCase();
    if (!q.speaker || (m !== 'he' && m !== 'she')) continue;
    const v = votes.get(q.speaker) ?? { male: 0, female: 0 };
    v[m === 'he' ? 'male' : 'female']++;
    votes.set(q.speaker, v);
  }
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) out.set(name, v.male > v.female ? 'male' : v.female > v.male ? 'female' : 'unknown');
  return out;
}
