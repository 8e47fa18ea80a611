import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "…, NAME looked at X and said, “…”": the speaker's own act before "and said" is narration; what was said is
// the quotation after the cue, never the clause around the speaker.
describe('narration before "NAME … and said, “…”" is no reported content', () => {
  test('an opening participle phrase and the speaker\'s own act give no indirect quote', () => {
    const text = 'Accepting the prize for best score, composer Ilse Varga glanced at the orchestra and said, “They did all the work.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'They did')).toMatchObject({
      text: 'They did all the work.', type: 'direct', start: at(text, 'They did'),
      speaker: 'Ilse Varga', speaker_start: at(text, 'Ilse'), speaker_role: 'composer',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a parenthetical frame inside a quoted sentence still frames it', () => {
    const text = 'The ferry, Captain Ilse Varga said, “will never sail again.”';
    expect(quote(text, 'will never')).toMatchObject({
      text: 'will never sail again.', type: 'partial', speaker: 'Ilse Varga', cue: 'said', outlet: null,
    });
  });

  test('negative: "and said" before a clause still reports the clause', () => {
    const text = 'Ilse Varga thanked the orchestra and said the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({
      text: 'the tour would go on', type: 'indirect', speaker: 'Ilse Varga', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

// "When asked whom she supported, NAME smiled and said, “…”": the object of "supported" is fronted as "whom";
// the words after the clause's comma are the main clause, no object of it.
describe('an object cue whose object is fronted by "whom"/"what" takes nothing after its comma', () => {
  test('"asked whom she backed, NAME smiled and said, “…”" gives the quotation only', () => {
    const text = 'When asked whom she backed, Councillor Ada Brandt smiled and said, “Ask me after the debate.”';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Ask me')).toMatchObject({
      text: 'Ask me after the debate.', type: 'direct', start: at(text, 'Ask me'), speaker: 'Ada Brandt', cue: 'said', outlet: null,
    });
  });

  test('negative: an object right after the cue is still its object', () => {
    const text = 'Ada Brandt endorsed Tom Reed for mayor.';
    expect(quote(text, 'Tom Reed')).toMatchObject({ type: 'indirect', speaker: 'Ada Brandt', cue: 'endorsed', cue_start: at(text, 'endorsed') });
  });
});
