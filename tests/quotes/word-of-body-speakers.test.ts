import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

// A plural or a dictionary word before "of" and a run ending in a body's tail word opens the body's name;
// only a word that is neither ("Reyes", "Okafor") is a surname before the body the person speaks for.
describe('"WORD of … BODY" is one organisation when WORD is a plural or an ordinary word', () => {
  test('"Knights of Columbus Council said": a plural the lexicon lacks opens the body', () => {
    const text = 'Knights of Columbus Council said the parade "will go ahead as planned".';
    expect(quote(text, 'will go ahead')).toMatchObject({
      text: 'will go ahead as planned', type: 'partial', speaker: 'Knights of Columbus Council', speaker_mention: 'Knights of Columbus Council',
      speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(extractArticle(text, { id: 'a' }).entities.people.map((p) => p.name)).not.toContain('Knights');
  });
  test('"Harbour of Lights Foundation", "Sisters of Mercy Trust", "Heart of Wessex Trust", "Spirit of Lakeland Company"', () => {
    for (const body of ['Harbour of Lights Foundation', 'Sisters of Mercy Trust', 'Heart of Wessex Trust', 'Spirit of Lakeland Company', 'Mothers of Varden Association']) {
      const text = `${body} said the plan was "a mistake".`;
      expect(quote(text, 'a mistake')).toMatchObject({ text: 'a mistake', speaker: body, speaker_mention: body, speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null });
    }
  });
  test('"Voices of Hope Foundation said": a capitalised word the tagger reads as a verb stays inside the name', () => {
    const text = 'Voices of Hope Foundation said the shelter was full.';
    expect(quote(text, 'the shelter')).toMatchObject({
      text: 'the shelter was full', type: 'indirect', speaker: 'Voices of Hope Foundation', speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
  test('"said Pillars of Faith Church": after the cue too, though a given name opens the run after "of"', () => {
    const text = '"We were never asked," said Pillars of Faith Church.';
    expect(quote(text, 'We were')).toMatchObject({
      text: 'We were never asked,', type: 'direct', speaker: 'Pillars of Faith Church', speaker_mention: 'Pillars of Faith Church',
      speaker_start: at(text, 'Pillars'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
  test('negative: a surname before "of" still names the person ("Reyes of …", "Okafor of …")', () => {
    const a = '"Rates will hold," Reyes of Harbour Bank said on Monday.';
    expect(quote(a, 'Rates')).toMatchObject({ speaker: 'Reyes', speaker_mention: 'Reyes', speaker_start: at(a, 'Reyes'), speaker_kind: 'person', cue: 'said', outlet: null });
    const b = '"Rates will hold," said Reyes of Harbour Bank.';
    expect(quote(b, 'Rates')).toMatchObject({ speaker: 'Reyes', speaker_start: at(b, 'Reyes'), speaker_kind: 'person', cue: 'said', outlet: null });
    const c = 'Okafor of Meridian Health Trust said the wards were "full".';
    expect(quote(c, 'full')).toMatchObject({ text: 'full', speaker: 'Okafor', speaker_start: 0, speaker_kind: 'person', cue: 'said', outlet: null });
  });
});

describe('a radio band word joins the station in the quote\'s outlet', () => {
  test('"told Heat FM presenter Jo Kale": outlet "Heat FM", as the entities read it', () => {
    const text = '"Nobody listens," he told Heat FM presenter Jo Kale.';
    expect(quote(text, 'Nobody')).toMatchObject({ text: 'Nobody listens,', type: 'direct', speaker_mention: 'he', cue: 'told', cue_start: at(text, 'told'), outlet: 'Heat FM' });
    expect(extractArticle(text, { id: 'a' }).entities.outlets.map((o) => o.name)).toContain('Heat FM');
  });
});
