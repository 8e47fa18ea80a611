import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const BODY = '\n\nThe harbour board met on Tuesday in Port Elwin. Dana Okafor, the harbour master, spoke for an hour about the ferries.';

describe('reports in headlines', () => {
  test('a source, a report verb, then what was said: "Harbour Board Says …"', () => {
    const text = 'Harbour Board Says Ferry Fares Will Rise in Spring' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise in Spring', speaker_mention: 'Harbour Board', cue: 'Says', cue_start: at(text, 'Says') });
  });

  test('a telling verb first: the content follows the audience\'s "That"; with no "That" the audience cannot be told from it', () => {
    const text = 'Okafor Tells Harbour Gazette That Ferry Fares Will Rise' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise', speaker: 'Dana Okafor', cue: 'Tells' });
    expect(quotesOf('Okafor Tells Pilots Ferry Fares Will Rise' + BODY).filter((q) => q.start < 40)).toEqual([]);
  });

  test('a stance taken is no report in a headline: "Pilots Union Endorses …", "Star Slams …"', () => {
    for (const line of ['Harbour Pilots Union Endorses Okafor for Mayor', 'Harbour Star Slams Her Former Manager']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a verb of speech or thought reports a clause, not a noun object: "Star Reveals Her Wedding Dress"', () => {
    for (const line of [
      'Harbour Star Reveals Her Wedding Dress',
      'Okafor Confirms Divorce From Harbour Star',
      'Okafor Announces New Album Tour Dates',
      'Okafor Expects Baby With Harbour Star',
      'Okafor Finds Love Again at Harbour Gala',
      'Okafor Thinks Pink for Harbour Gala',
      'Okafor Believes in Miracles After Ferry Rescue',
      'Okafor Hopes for the Best as Ferry Fares Rise',
      'After Twenty Years at the Pier, Okafor Says Goodbye to Her Crew',
      'Okafor Hopes to Keep Ferry Fares Low',
    ]) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a verb right after the source word makes it a noun, and a verb with its particle reports nothing: "Pilot Fears Grow"', () => {
    for (const line of ['Pilot Fears Grow Over Ferry Fares', 'Voter Claims Rejected by Harbour Court', 'Okafor Calls Off Ferry Strike', 'Harbour Pilots Say No to New Toll']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a past form other than "said" is a passive in a headline: "Okafor Urged to Resign"', () => {
    for (const line of ['Okafor Found Guilty of Harbour Fraud', 'Okafor Urged to Resign Over Ferry Fares', 'Okafor Denied Bail After Pier Fire', 'Pilots Told Ferry Fares Will Rise']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
    for (const line of ['Harbour to Close for Winter, Pilots Told', 'Ferry Fares Will Rise in Spring, Harbour Board Said']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
    const said = 'Okafor Said Ferry Fares Would Rise in Spring' + BODY;
    expect(quote(said, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Would Rise in Spring', speaker: 'Dana Okafor', cue: 'Said' });
  });

  test('the verb at the end after a comma: "…, Harbour Board Warns"', () => {
    const text = 'Ferry Fares Will Rise in Spring, Harbour Board Warns.' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise in Spring', speaker_mention: 'Harbour Board', cue: 'Warns' });
  });

  test('a plural source takes the plain form of a verb of speech: "Harbour Pilots Warn …"', () => {
    const text = 'Harbour Pilots Warn Ferry Fares Will Rise in Spring' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise in Spring', speaker_mention: 'Harbour Pilots', cue: 'Warn' });
  });

  test('a phrase before a comma opens the headline, the source comes after it: "Railing Against the Toll, Okafor Vows …"', () => {
    const text = 'Railing Against the Toll, Okafor Vows to Keep Fares Low' + BODY;
    expect(quote(text, 'to Keep')).toMatchObject({ type: 'indirect', text: 'to Keep Fares Low', speaker: 'Dana Okafor', speaker_mention: 'Okafor', cue: 'Vows' });
    expect(quotesOf('After the Storm, a Quiet Harbour Waits for Spring' + BODY)).toEqual([]);
  });

  test('an adverb between the source and its verb is neither: "Harbour Board Now Says …"', () => {
    const text = 'Harbour Board Now Says Ferry Fares Will Rise in Spring' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise in Spring', speaker_mention: 'Harbour Board', cue: 'Says' });
  });

  test('at the end, a closing mark may follow the comma, and "tells" its audience: "…,’ Board Finds", "…, Okafor Tells Pilots"', () => {
    const found = 'Pier Is ‘Beyond Repair,’ Harbour Board Finds' + BODY;
    expect(quote(found, 'Pier Is')).toMatchObject({ type: 'indirect', text: 'Pier Is ‘Beyond Repair,’', speaker_mention: 'Harbour Board', cue: 'Finds' });
    const told = 'Fares Must Rise, Okafor Tells Harbour Pilots' + BODY;
    expect(quote(told, 'Fares Must')).toMatchObject({ type: 'indirect', text: 'Fares Must Rise', speaker: 'Dana Okafor', speaker_mention: 'Okafor', cue: 'Tells' });
  });

  test('a source before a colon labels the rest, and its name resolves as in the body: "Okafor: …"', () => {
    const text = 'Okafor: Ferry Fares Must Rise Before Winter' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Must Rise Before Winter', speaker: 'Dana Okafor', speaker_mention: 'Okafor', cue: ':', start: at(text, 'Ferry') });
  });

  test('a label with a verb is no source, and what follows its colon may report by its verb: "Okafor Named Harbour Chief: Board Says …"', () => {
    const text = 'Okafor Named Harbour Chief: Harbour Board Says Ferry Fares Will Rise' + BODY;
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Ferry Fares Will Rise', speaker_mention: 'Harbour Board', cue: 'Says' }]);
    expect(quotesOf('Okafor Named Harbour Chief: Ferry Fares Must Rise' + BODY)).toEqual([]);
    // A label of a name and a title still names its source.
    expect(quote('Mayor Dana Okafor: Ferry Fares Must Rise' + BODY, 'Ferry Fares')).toMatchObject({ type: 'indirect', speaker: 'Dana Okafor', cue: ':' });
  });

  test('a kicker with a hyphen in it closes at its colon: "Op-Ed: …", "Fact-Check: …"', () => {
    for (const kicker of ['Op-Ed', 'Fact-Check', 'Fact Check']) {
      const text = kicker + ': Harbour Board Says Ferry Fares Will Rise' + BODY;
      expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Ferry Fares Will Rise', speaker_mention: 'Harbour Board', cue: 'Says' }]);
    }
  });

  test('before a dash only a listed kicker is stepped over: a place in capitals there is a dateline', () => {
    expect(quotesOf('PORT ELWIN — Okafor: the harbour will close on Monday.' + BODY)).toEqual([]);
    const text = 'EXCLUSIVE — Okafor: the harbour will close on Monday.' + BODY;
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the harbour will close on Monday', speaker: 'Dana Okafor', cue: ':' }]);
  });

  test('a label that opens with an article is a title, and two named together are a topic: "The Okafor Years:", "Okafor and Ruiz:"', () => {
    const body = BODY + ' Ruiz, her deputy, stayed home.';
    for (const line of ['The Okafor Years: Ferry Fares Must Rise Before Winter', 'Okafor and Ruiz: Ferry Fares Must Rise Before Winter']) {
      expect(quotesOf(line + body)).toEqual([]);
    }
    expect(quote('Okafor: Ferry Fares Must Rise Before Winter' + body, 'Ferry Fares')).toMatchObject({ type: 'indirect', speaker: 'Dana Okafor', cue: ':' });
  });

  test('a label that ends in a kicker word is a kicker: "Okafor Interview: …"', () => {
    expect(quotesOf('Okafor Interview: Ferry Fares Fell Last Year' + BODY)).toEqual([]);
  });

  test('a label after a section kicker: "EXCLUSIVE – Okafor: …"', () => {
    const text = 'EXCLUSIVE – Okafor: Ferry Fares Must Rise Before Winter' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', speaker_mention: 'Okafor', cue: ':' });
  });

  test('a label of one word that names no source is stepped over like a kicker: "Wow: Harbour Board Says …"', () => {
    const text = 'Wow: Harbour Board Says Ferry Fares Will Rise in Spring' + BODY;
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', text: 'Ferry Fares Will Rise in Spring', speaker_mention: 'Harbour Board', cue: 'Says' });
  });

  test('a label of several words is a source when the article names it again: "Elwin Pilots Guild: …"', () => {
    const text = 'Elwin Pilots Guild: Ferry Fares Must Rise Before Winter' + BODY + ' The Elwin Pilots Guild wants a higher fee.';
    expect(quote(text, 'Ferry Fares')).toMatchObject({ type: 'indirect', speaker_mention: 'Elwin Pilots Guild', cue: ':' });
  });

  test('a label naming its audience after the source: "Okafor to Harbour Pilots: …"', () => {
    const text = 'Okafor to Harbour Pilots: Fees Will Stay Low This Year' + BODY;
    expect(quote(text, 'Fees Will')).toMatchObject({ type: 'indirect', text: 'Fees Will Stay Low This Year', speaker_mention: 'Okafor' });
  });

  test('a poll labels what it found: "Poll: …"', () => {
    const text = 'Poll: Most Voters Back the Ferry Levy' + BODY;
    expect(quote(text, 'Most Voters')).toMatchObject({ type: 'indirect', text: 'Most Voters Back the Ferry Levy', speaker_mention: 'Poll', cue: ':' });
  });

  test('an opening line written as a sentence keeps its label: "Harbour pilots: …" ending in a full stop', () => {
    const text = 'Harbour pilots: the new fees will drive small boats away.' + BODY;
    expect(quote(text, 'the new fees')).toMatchObject({ type: 'indirect', text: 'the new fees will drive small boats away', speaker_mention: 'Harbour pilots', cue: ':' });
  });

  test('after a section kicker, an opening line written as a sentence reports by its verb too, once', () => {
    const text = 'The Latest: ferry pilots say fares are too high for winter.' + BODY;
    expect(quote(text, 'fares are')).toMatchObject({ type: 'indirect', text: 'fares are too high for winter', speaker_mention: 'ferry pilots', cue: 'say' });
    const read = 'The Latest: ferry pilots say fares will rise again in spring.' + BODY;
    expect(quotesOf(read)).toMatchObject([{ type: 'indirect', text: 'fares will rise again in spring', speaker_mention: 'ferry pilots', cue: 'say' }]);
  });

  test('the content ends at a semicolon, the next headline\'s', () => {
    const text = 'Okafor: Pier Repairs Cannot Wait; Board Weighs a Levy on Cargo' + BODY;
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Pier Repairs Cannot Wait', cue: ':' }]);
  });

  test('a headline is its first line: a second line of the same paragraph is neither content nor source', () => {
    const text = 'Okafor: Pier Repairs Cannot Wait\nBoard weighs a levy on cargo' + BODY;
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Pier Repairs Cannot Wait', cue: ':' }]);
    expect(quotesOf('Okafor Named Harbour Chief\nFerry fares will rise, pilots warn' + BODY)).toEqual([]);
  });

  test('the content ends with the headline\'s first sentence', () => {
    const says = 'Harbour Board Says Ferry Fares Will Rise. Okafor Disagrees.' + BODY;
    expect(quotesOf(says)).toMatchObject([{ type: 'indirect', text: 'Ferry Fares Will Rise', speaker_mention: 'Harbour Board', cue: 'Says' }]);
    const label = 'Okafor: the harbour will close on Monday. Ferries will stop running. Pilots are angry.' + BODY;
    expect(quotesOf(label)).toMatchObject([{ type: 'indirect', text: 'the harbour will close on Monday', speaker: 'Dana Okafor', cue: ':' }]);
  });
});

describe('headlines that report nothing', () => {
  test('a section label is no source: "Analysis:", "The Latest:", a shouted kicker', () => {
    for (const line of ['Analysis: Ferry Fares Will Rise Before Winter', 'The Latest: Ferry Fares Will Rise Before Winter', 'FERRY WOES: Fares Will Rise Before Winter', 'Revealed: The Pier Will Close Next Spring']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a label that names a title or a pair is a topic, not a source', () => {
    for (const line of ['The Quiet Harbour: A Town Waits for Its Ferry', 'Okafor and Ruiz: A Long Rivalry on the Pier']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a label of capitalised words the article never uses again names a column or a story, no source', () => {
    for (const line of ['Big Win for Okafor: Ferry Fares Frozen Until Spring', 'Harbour Notes: Ferry Fares Frozen Until Spring', 'Monday’s Pier Notes: Pier Fees Rise Again']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a quotation in a headline stays no quote, and a question reports nothing', () => {
    for (const line of ['Okafor: ‘We Will Not Sell the Pier.’', '‘We Will Not Sell the Pier,’ Okafor Says', 'Okafor: Harbour Chief or Mayor?']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });

  test('a headline verb that states no claim is no report: "Star Recalls Night Out"', () => {
    expect(quotesOf('Harbour Star Recalls Night Out With Her Co-Star' + BODY)).toEqual([]);
    expect(quotesOf('Harbour Star Reveals Night Out With Her Co-Star' + BODY)).toEqual([]);
  });

  test('a verb with words after it that are no audience closes no report: "…, Okafor Says Goodbye"', () => {
    expect(quotesOf('After Twenty Years at the Pier, Okafor Says Goodbye' + BODY)).toEqual([]);
  });

  test('an infinitive names no source before it: "Pilots Plan to Warn …"', () => {
    expect(quotesOf('Harbour Pilots Plan to Warn Riders of Higher Fares' + BODY)).toEqual([]);
  });

  test('a line too short to hold a source, a verb or colon and what was said reports nothing (and fails on nothing)', () => {
    for (const text of ['Dana Okafor:', 'Harbour Board Says', '—\n\nDana Okafor spoke.', 'Okafor:\n\nDana Okafor spoke.']) {
      expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
    }
  });

  test('a passive names no source before its verb: "Said to Back", "Told to Quit"', () => {
    for (const line of ['Mayor Okafor Said to Back Toll Plan', 'Okafor Told to Quit by Harbour Board']) {
      expect(quotesOf(line + BODY)).toEqual([]);
    }
  });
});
