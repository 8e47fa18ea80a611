import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('the type of a quotation after another quotation', () => {
  test('a quote after one closed by its sentence end opens a sentence: direct', () => {
    const text = 'The union said the offer was “a step backwards.” “We asked for talks. We got a letter,” Ines Varga said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'a step backwards.', start: text.indexOf('a step'), speaker: 'The union', cue: 'said', cue_start: text.indexOf('said') },
      {
        type: 'direct', text: 'We asked for talks. We got a letter,', start: text.indexOf('We asked'), end: text.indexOf('” Ines'),
        speaker: 'Ines Varga', speaker_start: text.indexOf('Ines'), cue: 'said', cue_start: text.lastIndexOf('said'),
      },
    ]);
  });

  test('a split sentence of speech goes on after its attribution and an aside: direct', () => {
    const text = 'Tomas Reyl thanked the jury. ‘I wrote this for my brothers,’ he added, to applause, ‘and they will never let me forget it.’';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'I wrote this for my brothers,', speaker: 'Tomas Reyl', cue: 'added', cue_start: text.indexOf('added') },
      {
        type: 'direct', text: 'and they will never let me forget it.', start: text.indexOf('and they'), end: text.lastIndexOf('’'),
        speaker: 'Tomas Reyl', cue: 'added', cue_start: text.indexOf('added'),
      },
    ]);
  });

  test('a split sentence goes on after any cue of the lexicon, a weak one too: direct', () => {
    const text = '“We played well tonight,” Dara Pell concluded, “but the league is long.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'We played well tonight,', start: 1, speaker: 'Dara Pell', cue: 'concluded', cue_start: text.indexOf('concluded') },
      {
        type: 'direct', text: 'but the league is long.', start: text.indexOf('but the'), end: text.lastIndexOf('”'),
        speaker: 'Dara Pell', cue: 'concluded', cue_start: text.indexOf('concluded'),
      },
    ]);
  });

  test('near miss: a weak cue whose quotation before does not open a sentence keeps the later quote partial', () => {
    const text = 'Dara Pell called the season “long,” she concluded, “but fair.”';
    expect(quotesOf(text).find((q) => q.text === 'but fair.')).toMatchObject({ type: 'partial' });
  });

  test('a split sentence goes on after a subject with an apposition and a cue with its listener and day: direct', () => {
    const text = '“We lost the lease,” Omar Dial, 52, a baker in Leeds, told the BBC on Monday, “but not the recipes.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'We lost the lease,', speaker: 'Omar Dial', cue: 'told', outlet: 'BBC' },
      {
        type: 'direct', text: 'but not the recipes.', start: text.indexOf('but not'), end: text.lastIndexOf('”'),
        speaker: 'Omar Dial', cue: 'told', cue_start: text.indexOf('told'), outlet: 'BBC',
      },
    ]);
  });

  test('a split sentence goes on after an "as X put it to OUTLET" frame: direct', () => {
    const text = '“The script,” as producer Lena Marsh put it to Variety, “was rewritten every night.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'The script,', speaker: 'Lena Marsh', outlet: 'Variety' },
      { type: 'direct', text: 'was rewritten every night.', start: text.indexOf('was rewritten'), speaker: 'Lena Marsh', cue: 'put it', outlet: 'Variety' },
    ]);
  });

  test('a second verb after the cue keeps the later quote partial', () => {
    const text = '“Fine,” Ines Varga said, calling the deal “a start.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'Fine,', speaker: 'Ines Varga', cue: 'said' },
      { type: 'partial', text: 'a start.', start: text.indexOf('a start'), speaker: 'Ines Varga' },
    ]);
  });

  test('a title ending in ? or ! ends no sentence: the quote after it stays partial', () => {
    const text = 'Her ballad “Where To?” “came to me on a night bus,” Lena Hart said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'came to me on a night bus,', start: text.indexOf('came'), speaker: 'Lena Hart', cue: 'said', cue_start: text.indexOf('said') },
    ]);
  });

  test('an apposition after the cue and a new subject is no resumed quotation: partial', () => {
    for (const text of [
      '“We will appeal,” Ivo Marsh said, and his client, “a stubborn man,” has refused to comment.',
      '“We will appeal,” Ivo Marsh said of his client, “a stubborn man who never yields.”',
      '“We are ready,” Ivo Marsh said. His rival, “a seasoned operator,” disagreed.',
    ]) {
      const quotes = quotesOf(text);
      expect(quotes[0]).toMatchObject({ type: 'direct', start: 1, speaker: 'Ivo Marsh', cue: 'said' });
      expect(quotes[1]).toMatchObject({ type: 'partial', start: text.indexOf('a s') });
    }
  });

  test('a split sentence resumes after a cue with its listener: direct', () => {
    const text = '“We will appeal,” Ivo Marsh told reporters outside the court, “and we expect to win.”';
    expect(quotesOf(text)).toMatchObject([
      { type: 'direct', text: 'We will appeal,', speaker: 'Ivo Marsh', cue: 'told' },
      { type: 'direct', text: 'and we expect to win.', start: text.indexOf('and we'), speaker: 'Ivo Marsh', cue: 'told' },
    ]);
  });
});

describe('a lower-case quotation after a dash with an "as" frame after it completes the writer\'s sentence', () => {
  test('"— “the woman who …,” as one customer put it" is a partial', () => {
    const text = 'The tailor was a fixture on the high street — “the woman who mended the whole town,” as one customer put it.';
    expect(quote(text, 'the woman')).toMatchObject({ type: 'partial', text: 'the woman who mended the whole town,', start: at(text, 'the woman'), speaker_mention: 'one customer', cue: 'put it' });
  });

  test('negative: with a plain cue after it the quotation stays direct', () => {
    const text = 'The ruling came late — “at last, a fair hearing,” Tomas Reyes said.';
    expect(quote(text, 'at last')).toMatchObject({ type: 'direct', text: 'at last, a fair hearing,', speaker_mention: 'Tomas Reyes', cue: 'said' });
  });
});
