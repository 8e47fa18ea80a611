import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a venue phrase set off as an aside after the subject ("Morrow, appearing on X, …")', () => {
  const intro = 'The singer Nadia Morrow was nominated twice.\n\n';

  test('the subject\'s next quotes, and her next paragraph, were given on the programme', () => {
    const text = intro + 'Morrow, appearing on Good Morning America, avoided the question. “Marco is a friend of mine,” she said. “I just want to sing.”\n\nShe said the record had been made in a month, “mostly in my garage.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(3);
    expect(qs[0]).toMatchObject({
      type: 'direct', text: 'Marco is a friend of mine,', start: at(text, 'Marco'), speaker: 'Nadia Morrow', speaker_mention: 'she',
      speaker_start: at(text, 'she said'), cue: 'said', outlet: 'Good Morning America',
    });
    expect(qs[1]).toMatchObject({ type: 'direct', text: 'I just want to sing.', start: at(text, 'I just'), speaker: 'Nadia Morrow', cue: 'said', outlet: 'Good Morning America' });
    expect(qs[2]).toMatchObject({
      type: 'partial', text: 'mostly in my garage.', start: at(text, 'mostly'), speaker: 'Nadia Morrow', speaker_mention: 'She',
      speaker_start: at(text, 'She said'), cue: 'said', outlet: 'Good Morning America',
    });
  });

  test('"speaking on" as the aside', () => {
    const text = intro + 'Morrow, speaking on Newsnight, avoided the question. “Marco is a friend of mine,” she said.';
    expect(quotesOf(text)[0]).toMatchObject({ text: 'Marco is a friend of mine,', speaker: 'Nadia Morrow', cue: 'said', outlet: 'Newsnight' });
  });

  test('near miss: an aside with no venue gives no outlet', () => {
    const text = intro + 'Morrow, wearing a red coat, avoided the question. “Marco is a friend of mine,” she said.';
    expect(quotesOf(text)[0]).toMatchObject({ text: 'Marco is a friend of mine,', speaker: 'Nadia Morrow', cue: 'said', outlet: null });
  });
});
