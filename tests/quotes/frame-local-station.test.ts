import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('"told the station" after a local channel of a known broadcaster', () => {
  test('"told BBC Radio Tamworth" … "He told the station …": the whole channel, not the broadcaster', () => {
    const text = 'The chairman, Raj Patel, said the decision had been hard. “Gary brought this club back,” Patel told BBC Radio Tamworth.\n\n'
      + 'He told the station he hoped to appoint a successor ‘within a week’ and would look abroad.';
    expect(quote(text, 'within a week')).toMatchObject({ text: 'within a week', type: 'partial', speaker: 'Raj Patel', cue: 'told', cue_start: at(text, 'told the station'), outlet: 'BBC Radio Tamworth' });
  });

  test('negative: the broadcaster alone stays itself', () => {
    const text = '“We move on,” Patel told the BBC.\n\nHe told the broadcaster he hoped to appoint a successor soon.';
    expect(quote(text, 'he hoped')).toMatchObject({ type: 'indirect', speaker: 'Patel', outlet: 'BBC' });
  });

  test('negative: the title and name after a local channel are no part of it', () => {
    const text = 'On BBC Radio Kent Conservative MP Tom Hale defended the plan. “It is fair,” Hale told the station.';
    expect(quote(text, 'It is fair')).toMatchObject({ text: 'It is fair,', type: 'direct', speaker: 'Tom Hale', cue: 'told', outlet: 'BBC Radio Kent' });
  });
});

describe('stations named by call sign and channel number, or by frequency', () => {
  test('"told KIRO 7": the channel number is part of the station\'s name, and carries to the next quote', () => {
    const text = 'A passenger, Luis Ortega, told KIRO 7 that the crew had stayed calm. “I was shaking,” Ortega said.';
    expect(quote(text, 'the crew had stayed calm')).toMatchObject({ type: 'indirect', speaker: 'Luis Ortega', cue: 'told', outlet: 'KIRO 7' });
    expect(quote(text, 'I was shaking')).toMatchObject({ speaker: 'Luis Ortega', outlet: 'KIRO 7' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['KIRO 7']);
  });

  test('"told KOMO 4 News", "told WXIA-TV News": a medium word after the call sign is part of the name, as in the outlet entity', () => {
    const text = 'Nia Brooks told KOMO 4 News that the shelter was full. Omar Haddad told WXIA-TV News that the road stayed shut.';
    expect(quote(text, 'the shelter was full')).toMatchObject({ type: 'indirect', speaker: 'Nia Brooks', cue: 'told', outlet: 'KOMO 4 News' });
    expect(quote(text, 'the road stayed shut')).toMatchObject({ type: 'indirect', speaker: 'Omar Haddad', cue: 'told', outlet: 'WXIA-TV News' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['KOMO 4 News', 'WXIA-TV News']);
  });

  test('negative: a number that counts what follows is no channel ("told KTLA 5 people were hurt")', () => {
    const text = 'The fire chief told KTLA 5 people were hurt in the blaze.';
    expect(quote(text, '5 people were hurt')).toMatchObject({ text: '5 people were hurt in the blaze', type: 'indirect', outlet: 'KTLA' });
  });

  test('"speaking to Sydney talkback station 2GB": a station named by its frequency after a kind of station', () => {
    const text = 'Mr Reardon, speaking to Sydney talkback station 2GB, said the plan was “dead in the water”.';
    expect(quote(text, 'dead in the water')).toMatchObject({ type: 'partial', speaker: 'Reardon', cue: 'said', outlet: '2GB' });
  });

  test('negative: a known outlet before "news website" is still the outlet, not the name after ("told the Guardian news website Tom Reyes had lied")', () => {
    const text = 'Ana Ruiz told the Guardian news website Tom Reyes had lied.';
    expect(quote(text, 'Tom Reyes had lied')).toMatchObject({ speaker: 'Ana Ruiz', outlet: 'Guardian' });
  });

  test('"told ABC Radio National\'s RN Breakfast": the programme is the outlet; "Sky News Australia" and "BBC Pidgin" whole', () => {
    const text = 'Tom Vale told ABC Radio National’s RN Breakfast on Tuesday that the party was “adrift”. Ana Roy told Sky News Australia the vote was “a wound”. Speaking to BBC Pidgin, Ada Obi said the news had not sunk in.';
    expect(quote(text, 'adrift')).toMatchObject({ speaker: 'Tom Vale', outlet: 'RN Breakfast' });
    expect(quote(text, 'a wound')).toMatchObject({ speaker: 'Ana Roy', outlet: 'Sky News Australia' });
    // (The tagger reads "in." as inches' abbreviation: the report still ends before the full stop.)
    expect(quote(text, 'the news had not sunk in')).toMatchObject({ text: 'the news had not sunk in', speaker: 'Ada Obi', outlet: 'BBC Pidgin' });
  });
});

describe('a site named with its web domain', () => {
  test('"told Scroll.in": the tagger splits the domain off, the outlet keeps it', () => {
    const text = 'Ana Ruiz told Scroll.in that the ban was a mistake.';
    expect(quote(text, 'the ban was a mistake')).toMatchObject({ speaker: 'Ana Ruiz', cue: 'told', outlet: 'Scroll.in' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['Scroll.in']);
  });

  test('negative: a sentence ending after an outlet is no domain ("told the BBC. In March …")', () => {
    const text = 'Ana Ruiz said the ban was a mistake, she told the BBC. In March she left.';
    expect(quote(text, 'the ban was a mistake')).toMatchObject({ outlet: 'BBC' });
  });
});

describe('"the site", "the station" as a place, not the outlet named before', () => {
  test('"deputies were called to the site" after a lede told to an outlet: no outlet for the spokesperson', () => {
    const text = 'Filming on the thriller has been halted, sources tell Variety.\n\nRosa Delgado, a spokesperson for the county police, said deputies were called to the site.';
    expect(quote(text, 'deputies were called')).toMatchObject({ text: 'deputies were called to the site', type: 'indirect', speaker: 'Rosa Delgado', cue: 'said', outlet: null, start: at(text, 'deputies were called') });
  });

  test('negative: words told to the site still go to the outlet named before', () => {
    const text = 'Filming on the thriller has been halted, sources tell Variety. “It is over,” Rosa Delgado told the site.';
    expect(quote(text, 'It is over')).toMatchObject({ speaker: 'Rosa Delgado', cue: 'told', outlet: 'Variety' });
  });
});

describe('"told the service": the outlet named just before', () => {
  test('"BBC Pidgin reported that … “…,” one woman told the service": the service is BBC Pidgin', () => {
    const text = 'BBC Pidgin reported that the market had flooded overnight. “We lost everything,” one woman told the service.';
    expect(quote(text, 'We lost everything')).toMatchObject({ text: 'We lost everything,', type: 'direct', speaker_mention: 'one woman', cue: 'told', cue_start: at(text, 'told the service'), outlet: 'BBC Pidgin' });
  });

  test('negative: a service one is taken to is no outlet', () => {
    const text = 'BBC Pidgin reported that the market had flooded overnight. Ada Obi said she was referred to the service by a nurse.';
    expect(quote(text, 'she was referred')).toMatchObject({ speaker: 'Ada Obi', outlet: null });
  });
});
