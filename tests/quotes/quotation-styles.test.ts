import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// Short articles of our own in the quotation styles of other presses: every quotation with its exact
// span, type and speaker, and no apostrophe taken for a quotation mark.

const BRITISH = [
  'Port Elwin Rovers reach the cup final',
  '',
  "Port Elwin Rovers beat Harbour Athletic 2-1 on Saturday to reach their first final since the '90s.",
  '',
  "'We didn't expect the players' wives to come all this way,' said the manager, Tom Reed. 'It's a long trip for a Saturday night.'",
  '',
  "Captain Sean O'Neill, 31, said the dressing room had been 'rock 'n' roll' after the whistle.",
  '',
  '\'My dad told me, "Never count your chickens," and he was right,\' O\'Neill told the Elwin Courier. \'We\'ll enjoy tonight and then it\'s back to work.\'',
].join('\n');

describe('British style: single marks first, double inside, apostrophes everywhere', () => {
  for (const [name, text] of [['straight', BRITISH], ['curly', curlyBritish(BRITISH)]] as const) {
    test(`${name} marks: every quotation, exactly`, () => {
      const apostrophe = name === 'curly' ? '’' : "'";
      const got = quotesOf(text).filter((q) => q.type !== 'indirect').map((q) => [q.text, q.type, q.speaker, q.start]);
      const want = [
        `We didn${apostrophe}t expect the players${apostrophe} wives to come all this way,`,
        `It${apostrophe}s a long trip for a Saturday night.`,
        `rock ${apostrophe}n${apostrophe} roll`,
        name === 'curly' ? 'My dad told me, “Never count your chickens,” and he was right,' : 'My dad told me, "Never count your chickens," and he was right,',
        `We${apostrophe}ll enjoy tonight and then it${apostrophe}s back to work.`,
      ];
      expect(got).toEqual([
        [want[0], 'direct', 'Tom Reed', at(text, want[0]!)],
        [want[1], 'direct', 'Tom Reed', at(text, want[1]!)],
        [want[2], 'partial', `Sean O${apostrophe}Neill`, at(text, want[2]!)],
        [want[3], 'direct', `Sean O${apostrophe}Neill`, at(text, want[3]!)],
        [want[4], 'direct', `Sean O${apostrophe}Neill`, at(text, want[4]!)],
      ]);
      expect(quote(text, 'My dad')).toMatchObject({ cue: 'told', outlet: 'Elwin Courier' });
    });
  }
});

/** The same article with curly marks: ‘ ’ for quotations and apostrophes, “ ” inside. */
function curlyBritish(text: string): string {
  return text.replace(/'/g, '’').replace(/(^|\s)’(?=We|It|rock|My)/gm, '$1‘').replace(/"Never/, '“Never').replace(/chickens,"/, 'chickens,”');
}

const FRENCH = [
  'Port Elwin to close its harbour',
  '',
  'The mayor, Mara Okafor, announced on Monday that the harbour would close. « We have no choice », she told the council.',
  '',
  '« It is a hard decision, but a necessary one », Okafor added.',
  '',
  'According to the union president, Luc Marin, « the town is abandoning its workers ».',
  '',
  '« And the families? » asked a docker at the meeting.',
].join('\n');

describe('French style: « … » with spaces inside', () => {
  for (const [name, text] of [['spaces', FRENCH], ['no-break spaces', FRENCH.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»')]] as const) {
    test(`${name}: the spaces stay outside every span`, () => {
      const got = quotesOf(text).filter((q) => q.type !== 'indirect').map((q) => [q.text, q.type, q.speaker_mention, q.start]);
      expect(got).toEqual([
        ['We have no choice', 'direct', 'she', at(text, 'We have')],
        ['It is a hard decision, but a necessary one', 'direct', 'Okafor', at(text, 'It is')],
        ['the town is abandoning its workers', 'partial', 'Luc Marin', at(text, 'the town is')],
        ['And the families?', 'direct', 'a docker', at(text, 'And the')],
      ]);
    });
  }
});

const GERMAN = [
  'Port Elwin harbour to close',
  '',
  'The mayor, Mara Okafor, closed the harbour on Monday. „We have no other choice“, Okafor told the council.',
  '',
  '„The harbour was ‚the heart of the town‘, but it has become too expensive“, she added.',
  '',
  'Marin called the plan ‚a betrayal‘ and said the union would fight it.',
].join('\n');

describe('German style: „…“ with ‚…‘ inside', () => {
  test('every quotation, the inner one part of its outer one', () => {
    const got = quotesOf(GERMAN).filter((q) => q.type !== 'indirect').map((q) => [q.text, q.type, q.speaker_mention, q.start]);
    expect(got).toEqual([
      ['We have no other choice', 'direct', 'Okafor', at(GERMAN, 'We have')],
      ['The harbour was ‚the heart of the town‘, but it has become too expensive', 'direct', 'she', at(GERMAN, 'The harbour was')],
      ['a betrayal', 'partial', 'Marin', at(GERMAN, 'a betrayal')],
    ]);
  });
});
