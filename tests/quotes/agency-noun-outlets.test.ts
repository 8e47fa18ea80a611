import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"told the agency" stands for the news agency named before', () => {
  test('"X told AFP that … “…,” X told the agency."', () => {
    const text = 'The bus overturned on Sunday.\n\nKetut Darma, a driver, told AFP that the brakes had failed. “I could not stop it,” Darma told the agency.';
    expect(quote(text, 'I could not')).toMatchObject({
      text: 'I could not stop it,', start: at(text, 'I could not'), type: 'direct',
      speaker: 'Ketut Darma', speaker_mention: 'Darma', cue: 'told', outlet: 'AFP',
    });
  });

  test('"told the news agency" and "told the wire service" after Reuters', () => {
    const text = 'Ana Lopes, a nurse, told Reuters that the ward was full. “We had no beds,” Lopes told the news agency. “Nobody came,” she told the wire service.';
    expect(quote(text, 'We had no beds')).toMatchObject({ speaker: 'Ana Lopes', cue: 'told', outlet: 'Reuters' });
    expect(quote(text, 'Nobody came')).toMatchObject({ speaker: 'Ana Lopes', cue: 'told', outlet: 'Reuters' });
  });

  test('near miss: "told the agency" after a newspaper only is a public body, no outlet', () => {
    const text = 'The Guardian reported the crash on Sunday.\n\n“I reported it,” Ketut Darma, a driver, told the agency.';
    expect(quote(text, 'I reported it')).toMatchObject({ text: 'I reported it,', start: at(text, 'I reported'), speaker: 'Ketut Darma', cue: 'told', outlet: null });
  });
});
