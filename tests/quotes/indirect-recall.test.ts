import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { cueLexicon } from '../../src/lexicon/cues.js';

describe('indirect speech from cues we know, in forms that hid them', () => {
  test('a report passed on with its agent: "The deal was initially reported by the Ledger."', () => {
    const text = 'The ferry board met on Monday. The pier deal was initially reported by the Harbour Ledger.';
    expect(quote(text, 'The pier deal')).toMatchObject({
      type: 'indirect', text: 'The pier deal', speaker: 'The Harbour Ledger', speaker_mention: 'the Harbour Ledger', cue: 'reported', cue_start: at(text, 'reported'),
    });
  });

  test('… as an aside, the sentence around it: "The plan, initially reported by the Ledger, calls for …"', () => {
    const text = 'The ferry board met on Monday. The new toll plan, initially reported by the Harbour Ledger on Tuesday, calls for higher fares at night.';
    expect(quote(text, 'The new toll plan')).toMatchObject({
      type: 'indirect', text: 'The new toll plan, initially reported by the Harbour Ledger on Tuesday, calls for higher fares at night', speaker_mention: 'the Harbour Ledger', cue: 'reported',
    });
  });

  test('… after the clause it reports: "…, as initially reported by the Ledger."', () => {
    const text = 'The ferry board voted to close the old pier this week, as initially reported by the Harbour Ledger.';
    expect(quote(text, 'The ferry board')).toMatchObject({
      type: 'indirect', text: 'The ferry board voted to close the old pier this week', speaker_mention: 'the Harbour Ledger', cue: 'reported',
    });
  });

  test('not a relative pronoun alone, nor a report with no agent: "which was initially reported by …", "was reported to be"', () => {
    expect(quotesOf('The ferry board met on Monday. The pier, which was initially reported by the Harbour Ledger, is closed.')).toEqual([]);
    expect(quotesOf('The ferry board met on Monday. The pier was reported closed on Friday.')).toEqual([]);
  });

  test('… an outlet whose name the tagger splits: "reported by the Lakeview Herald"', () => {
    const text = 'The pier closed. News of the ferry plan was quietly reported by the Lakeview Herald.';
    expect(quote(text, 'News of')).toMatchObject({
      type: 'indirect', text: 'News of the ferry plan', cue: 'reported', cue_start: at(text, 'reported'),
      // The whole name, though the tagger ends the noun phrase before "Herald".
      speaker: 'The Lakeview Herald', speaker_mention: 'the Lakeview Herald', speaker_kind: 'outlet', speaker_start: at(text, 'the Lakeview'),
    });
  });

  test('not an incident reported by a witness or an office: "The fire was reported by a neighbour …"', () => {
    expect(quotesOf('The ferry board met on Monday. The fire was reported by a neighbour shortly after midnight.')).toEqual([]);
    expect(quotesOf('The ferry board met on Monday. The theft was reported by the owner, Dana Cole, on Monday.')).toEqual([]);
    expect(quotesOf('The ferry board met on Monday. Two cases of measles were reported by the county health department on Friday.')).toEqual([]);
    expect(quotesOf('The ferry board met on Monday. The harbour master\'s car, reported by a neighbour, was found on Monday.')).toEqual([]);
  });

  test('no throw when "Reported by" opens the article (a byline), and its sentences still read', () => {
    expect(quotesOf('Reported by the Harbour Ledger.')).toEqual([]);
    const text = 'Reported by Dana Cole and Sam Reyes in Lakeview.\n\nThe harbour council later said the pier would close.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker_mention: 'The harbour council', cue: 'said' });
  });

  test('no throw on invented articles cut after any word or opened at any sentence', () => {
    const article = 'Reported by Dana Cole. The pier deal was initially reported by the Harbour Ledger. The new toll plan, initially reported by the Ledger, calls for higher fares. The board voted to close the pier, as reported by the Ledger. Reported by the Ledger on Friday.';
    const cuts = [...article.matchAll(/\s/g)].map((m) => m.index!);
    for (const cut of cuts) expect(() => quotesOf(article.slice(0, cut))).not.toThrow();
    const opens = [...article.matchAll(/\. /g)].map((m) => m.index! + 2);
    for (const open of opens) expect(() => quotesOf(article.slice(open))).not.toThrow();
  });

  test('an adverbial opening the clause after "that": "added that at least 40 riders had …", "found that, on average, …"', () => {
    const text = 'The pier closed in July. Ms. Pell added that at least 40 other riders had attended the meeting.';
    expect(quote(text, 'at least 40')).toMatchObject({
      type: 'indirect', text: 'at least 40 other riders had attended the meeting', speaker_mention: 'Pell', cue: 'added', cue_start: at(text, 'added'),
    });
    const comma = 'The pier closed in July. Ms. Pell found that, on average, fares for small boats grew more quickly than for barges.';
    expect(quote(comma, 'on average')).toMatchObject({ type: 'indirect', text: 'on average, fares for small boats grew more quickly than for barges', speaker_mention: 'Pell', cue: 'found' });
  });

  test('not a "that" that is an object, nor a frame after the adverbial: "learned that from his aide", "finds that in the harbour, he said"', () => {
    expect(quotesOf('The pier closed in July. Mr. Dunmore learned that from his aide on the pier.')).toEqual([]);
    expect(quotesOf('The pier closed in July. Mr. Dunmore knew that to his regret: he was fired in May.')).toEqual([]);
  });

  test('not a subordinate clause after the adverbial: "learned that from his aide after the board met"', () => {
    expect(quotesOf('The pier closed in July. Mr. Dunmore learned that from his aide after the board met.')).toEqual([]);
    expect(quotesOf('The pier closed in July. Mr. Dunmore learned that from his aide because the office was shut.')).toEqual([]);
    const opener = 'The pier closed in July. Ms. Pell added that after the vote the ferry board would meet again.';
    expect(quote(opener, 'after the vote')).toMatchObject({ type: 'indirect', text: 'after the vote the ferry board would meet again', speaker_mention: 'Pell', cue: 'added' });
  });

  test('an object cue in a relative clause on a body: "The Pilots Union, which endorsed …", "a group that opposed …"', () => {
    const text = 'The pier closed. The Harbour Pilots Union, which endorsed Dana Kale in November, hosts the debate.';
    expect(quote(text, 'Dana Kale')).toMatchObject({
      type: 'indirect', text: 'Dana Kale in November', speaker: 'The Harbour Pilots Union', speaker_mention: 'which', cue: 'endorsed', cue_start: at(text, 'endorsed'),
    });
    const that = 'The pier closed. Kale spoke to a local activist group that opposed the ferry levy.';
    expect(quote(that, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker: 'a local activist group', speaker_mention: 'that', cue: 'opposed' });
  });

  test('… but not a "Which" or "That" opening the sentence: the object runs past its comma', () => {
    const text = 'The pier closed. Which group supported the levy, a measure voters rejected, is unclear.';
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy, a measure voters rejected, is unclear', speaker_mention: 'Which group', cue: 'supported' });
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the levy, a measure voters rejected, is unclear']);
  });

  test('… and after a body not named: "The local board, which endorsed Kale in May, met."', () => {
    const text = 'The pier closed. The local harbour board, which endorsed Dana Kale in May, met again.';
    expect(quote(text, 'Dana Kale')).toMatchObject({ type: 'indirect', text: 'Dana Kale in May', speaker: 'The local harbour board', speaker_mention: 'which', cue: 'endorsed' });
  });

  test('… ending at the relative clause\'s closing comma: "which criticized the levy, met …", "that opposed the levy, then left"', () => {
    const which = 'The pier closed. The Harbour Pilots Union, which criticized the ferry levy, met on Monday.';
    expect(quote(which, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker_mention: 'which', cue: 'criticized' });
    const that = 'The pier closed. Kale spoke to a local activist group that opposed the ferry levy, then left.';
    expect(quote(that, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker_mention: 'that', cue: 'opposed' });
    const list = 'The pier closed. Kale leads a harbour group that opposed the ferry levy, the bridge toll and the night fares.';
    expect(quote(list, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy, the bridge toll and the night fares', speaker_mention: 'that', cue: 'opposed' });
    const second = 'The pier closed. Kale spoke to a local activist group that opposed the ferry levy and that has sent boats to the regatta.';
    expect(quote(second, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker_mention: 'that', cue: 'opposed' });
  });

  test('… and a day between "who" and the cue: "Ruiz, who on Tuesday endorsed Kale, …"', () => {
    const text = 'The pier closed. Senator Ana Ruiz, who on Tuesday endorsed Dana Kale, spoke at the pier.';
    expect(quote(text, 'Dana Kale')).toMatchObject({ type: 'indirect', text: 'Dana Kale', speaker: 'Ana Ruiz', speaker_mention: 'who', cue: 'endorsed' });
  });

  test('not "which" after a person or a thing, nor "that" after a verb: "the report, which backed …"', () => {
    expect(quotesOf('The pier closed. The harbour report, which backed the ferry levy, ran long.')).toEqual([]);
    expect(quotesOf('The pier closed. Tom Reed, which backed the ferry levy, ran long.')).toEqual([]);
  });

  test('speech verbs that report a clause: "boasted that …", "remarked he had …", "…, he observed"', () => {
    const text = 'The ferry ran late again. Mayor Ines Pratt boasted that the new pier had drawn record crowds.';
    expect(quote(text, 'the new pier')).toMatchObject({
      type: 'indirect', text: 'the new pier had drawn record crowds', speaker: 'Ines Pratt', cue: 'boasted', cue_start: at(text, 'boasted'),
    });
    const bare = 'The ferry ran late again. Dr. Rosa Lind remarked he had never seen the harbour so full.';
    expect(quote(bare, 'he had never')).toMatchObject({ type: 'indirect', text: 'he had never seen the harbour so full', speaker: 'Rosa Lind', cue: 'remarked' });
    const after = 'The ferry ran late again. The new pier had drawn record crowds, Mayor Ines Pratt observed.';
    expect(quote(after, 'The new pier')).toMatchObject({ type: 'indirect', text: 'The new pier had drawn record crowds', speaker: 'Ines Pratt', cue: 'observed', cue_start: at(after, 'observed') });
  });

  test('an implication, a clarification and a reaffirmation report their clause: "she implied that …"', () => {
    const implied = 'The ferry board met on Monday. Mayor Ines Pratt implied that the old pier would close.';
    expect(quote(implied, 'the old pier')).toMatchObject({
      type: 'indirect', text: 'the old pier would close', speaker: 'Ines Pratt', cue: 'implied', cue_start: at(implied, 'implied'),
      start: at(implied, 'the old pier'), end: at(implied, 'the old pier') + 'the old pier would close'.length,
    });
    const clarified = 'The ferry board met on Monday. Dr. Rosa Lind clarified that the night toll would stay.';
    expect(quote(clarified, 'the night toll')).toMatchObject({ type: 'indirect', text: 'the night toll would stay', speaker: 'Rosa Lind', cue: 'clarified' });
    const reaffirming = 'The ferry board met on Monday. Mayor Ines Pratt is reaffirming that the old pier will close.';
    expect(quote(reaffirming, 'the old pier')).toMatchObject({ type: 'indirect', text: 'the old pier will close', speaker: 'Ines Pratt', cue: 'reaffirming' });
  });

  test('… but not with a noun phrase: "she clarified the rules", "he reaffirmed his support"', () => {
    expect(quotesOf('The ferry board met on Monday. Dr. Rosa Lind clarified the rules for the night crossing.')).toEqual([]);
    expect(quotesOf('The ferry board met on Monday. Mayor Ines Pratt reaffirmed her support for the night crossing.')).toEqual([]);
  });

  test('weak verbs of musing and grumbling report a that-clause, also after "who", and the quotation inside it is theirs', () => {
    const mused = 'The ferry board met on Monday. Dr. Rosa Lind mused that the night toll might yet fall.';
    expect(quote(mused, 'the night toll')).toMatchObject({
      type: 'indirect', text: 'the night toll might yet fall', start: at(mused, 'the night toll'),
      speaker: 'Rosa Lind', speaker_mention: 'Rosa Lind', cue: 'mused', cue_start: at(mused, 'mused'),
    });
    // (A quotation inside the clause went to the speaker of the quotation before, the weak cue not being a report.)
    const relative = '“We will fight this,” said Ines Pratt. Then there was Tom Rusk, who grumbled that the board might yet “find its nerve.”';
    expect(quote(relative, 'find its nerve')).toMatchObject({ type: 'partial', speaker: 'Tom Rusk', speaker_mention: 'who', cue: 'grumbled' });
  });

  test('… but a musing verb with a preposition reports nothing: "mused on the view"', () => {
    expect(quotesOf('The ferry ran late again. Tom Rusk mused on the view from the harbour for an hour.')).toEqual([]);
    expect(quotesOf('The ferry ran late again. Tom Rusk grumbled about the fares all the way home.')).toEqual([]);
  });

  test('the clause reports are report verbs too, listed once', () => {
    const lex = cueLexicon();
    expect(lex.clauseReports.size).toBeGreaterThan(0);
    for (const verb of lex.clauseReports) expect(lex.report.has(verb), verb).toBe(true);
    // … and data/cues.json writes each only once, so the two lists cannot drift apart.
    const data = JSON.parse(readFileSync(new URL('../../data/cues.json', import.meta.url), 'utf8')) as { report: string[]; clause_reports: string[] };
    expect(data.report.filter((verb) => data.clause_reports.includes(verb))).toEqual([]);
  });

  test('not with a noun phrase: "The island boasts a small pier", "she remarked on the weather"', () => {
    expect(quotesOf('The ferry ran late again. The island boasts a small pier and two cafes near the harbour.')).toEqual([]);
    expect(quotesOf('The ferry ran late again. Mayor Ines Pratt remarked on the weather in the harbour.')).toEqual([]);
  });

  test('a subject set off by an apposition, then auxiliaries: "The Harbour Group, a consulting firm, has also said …"', () => {
    const text = 'The pier closed. The Harbour Group, a consulting firm, has also said the ferry plans may cut fares.';
    expect(quote(text, 'the ferry plans')).toMatchObject({
      type: 'indirect', text: 'the ferry plans may cut fares', speaker: 'Harbour Group', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('not a passive after the apposition: "…, a consulting firm, was told that …"', () => {
    expect(quotesOf('The pier closed. The Harbour Group, a consulting firm, was told that the ferry plans may cut fares.')).toEqual([]);
  });

  test('a vote or a push with an infinitive: "voted to close the night ferry", "pushing to make the pact binding"', () => {
    const text = 'The pier closed. Councillor Rita Voss voted to close the night ferry to the islands.';
    expect(quote(text, 'close the night ferry')).toMatchObject({
      type: 'indirect', text: 'close the night ferry to the islands', speaker: 'Rita Voss', cue: 'voted to', cue_start: at(text, 'voted'),
    });
    const push = 'The pier closed. Harbour pilots have been pushing to make the new safety pact binding by May.';
    expect(quote(push, 'make the new')).toMatchObject({ type: 'indirect', text: 'make the new safety pact binding by May', speaker_mention: 'Harbour pilots', cue: 'pushing to' });
  });

  test('not "to" before a place: "The crowd pushed to the front of the pier"', () => {
    expect(quotesOf('The pier closed. The crowd pushed to the front of the pier for a better view.')).toEqual([]);
    expect(quotesOf('The pier closed. Rita Voss voted to the left of her party on the levy.')).toEqual([]);
  });

  test('not a push of physical effort: "Firefighters pushed to reach the trapped residents"', () => {
    expect(quotesOf('The pier closed. Firefighters pushed to reach the trapped residents before dawn.')).toEqual([]);
    expect(quotesOf('The pier closed. Volunteers pushed to cross the flooded square before the storm.')).toEqual([]);
    // … but keeping, freeing or opening something is as often a stance.
    const text = 'The pier closed. Council members pushed to keep the night ferry running through the winter.';
    expect(quote(text, 'keep the')).toMatchObject({ type: 'indirect', text: 'keep the night ferry running through the winter', speaker_mention: 'Council members', cue: 'pushed to' });
  });

  test('a day between an object cue and its particle: "sought on Friday to calm …"', () => {
    const text = 'The pier closed. Mayor Ines Pratt sought on Friday to calm worries about the ferry fares.';
    expect(quote(text, 'calm worries')).toMatchObject({
      type: 'indirect', text: 'calm worries about the ferry fares', speaker: 'Ines Pratt', cue: 'sought on Friday to', cue_start: at(text, 'sought'),
    });
  });

  test('… also for a cue that takes "on" itself: "called on Friday for an inquiry"', () => {
    const text = 'The pier closed. Councillor Rita Voss called on Friday for an inquiry into the ferry fares.';
    expect(quote(text, 'an inquiry')).toMatchObject({
      type: 'indirect', text: 'an inquiry into the ferry fares', speaker: 'Rita Voss', cue: 'called on Friday for', cue_start: at(text, 'called'),
    });
    const on = 'The pier closed. Councillor Rita Voss called on the ferry board to publish the fares.';
    expect(quote(on, 'the ferry board')).toMatchObject({ type: 'indirect', text: 'the ferry board to publish the fares', speaker: 'Rita Voss', cue: 'called on' });
  });

  test('not without the particle: "sought on Friday a new pier"', () => {
    expect(quotesOf('The pier closed. Mayor Ines Pratt sought on Friday a new pier for the ferries.')).toEqual([]);
  });
  test('a present-tense verb the tagger reads as a plural noun still makes the content a clause', () => {
    const text = 'The pier closed. Tilda Marsh said each year of schooling yields a rise in pay.\n\nThe ferry job marks his return to the harbour trade, a close friend said.';
    expect(quote(text, 'each year')).toMatchObject({ type: 'indirect', text: 'each year of schooling yields a rise in pay', start: at(text, 'each year'), speaker: 'Tilda Marsh', cue: 'said' });
    expect(quote(text, 'The ferry job')).toMatchObject({ type: 'indirect', text: 'The ferry job marks his return to the harbour trade', start: at(text, 'The ferry job'), speaker_mention: 'a close friend', cue: 'said' });
    // A plural noun before a preposition is still a noun phrase, no report: "Ferry workers at the dock".
    const phrase = 'The pier closed. Ferry workers at the dock, a clerk said.';
    expect(quotesOf(phrase).some((q) => q.cue === 'said')).toBe(false);
    // … nor a plural noun after its adjective, before a time phrase: "said hello to old friends the next morning".
    const greeting = 'The pier closed. Tom Vale said hello to old shipmates the next morning.';
    expect(quotesOf(greeting).filter((q) => q.type === 'indirect')).toEqual([]);
  });
  test('a past tense in "-ed" the tagger reads as a noun makes the content a clause too', () => {
    const text = 'The dam held. Engineers said the bolt fitted a newer crane.';
    expect(quote(text, 'the bolt')).toMatchObject({ type: 'indirect', text: 'the bolt fitted a newer crane', start: at(text, 'the bolt'), speaker_mention: 'Engineers', cue: 'said' });
    // (A noun in "-ed" with no subject noun before it is no verb: "said hello to the newly wed the next day".)
    expect(quotesOf('The dam held. Tom Vale said hello to the newlywed the next day.').filter((q) => q.type === 'indirect')).toEqual([]);
  });
  test('a past that is its plain form, read as a noun after "the" and a noun: "the exit fit a wider pattern"', () => {
    const text = 'The ferry line closed. Market watchers said the merger fit a broader trend in the trade.';
    expect(quote(text, 'the merger')).toMatchObject({ type: 'indirect', text: 'the merger fit a broader trend in the trade', start: at(text, 'the merger'), speaker_mention: 'Market watchers', cue: 'said' });
    const cost = 'The ferry line closed. Dock hands said the strike cost the owners a fortune.';
    expect(quote(cost, 'the strike')).toMatchObject({ type: 'indirect', text: 'the strike cost the owners a fortune', speaker_mention: 'Dock hands', cue: 'said' });
    // The noun itself, right after its determiner, is no verb: "said thanks for the fit of …" has no clause.
    expect(quotesOf('The ferry line closed. Tom Vale said thanks for the fit of the new jacket.').filter((q) => q.type === 'indirect')).toEqual([]);
  });
  test('"expect" with the one expected to act and an infinitive: "Officials expect the board to raise fares"', () => {
    const text = 'The pier closed. Harbour officials expect the board to raise fares over the next year.';
    expect(quote(text, 'the board to')).toMatchObject({ type: 'indirect', text: 'the board to raise fares over the next year', start: at(text, 'the board to'), speaker_mention: 'Harbour officials', cue: 'expect', cue_start: at(text, 'expect') });
    // A plain object is no report of "expect": "is expecting a big crowd".
    const crowd = 'The pier closed. The harbour board is expecting a big crowd at the dock.';
    expect(quotesOf(crowd).filter((q) => q.type === 'indirect')).toEqual([]);
    // A question asks what is expected, it reports no expectation.
    const asked = 'The pier closed. Do the ferry riders expect the board to raise fares?';
    expect(quotesOf(asked).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('a report ending in the particle "in." before a quotation', () => {
  test('"NAME said the win had not yet sunk in. “…,” she said.": the report is found and ends before the stop', () => {
    const text = 'Ana Okafor won the award. Speaking to reporters, Okafor said the win had not yet sunk in. "I am still shaking," she said.';
    expect(quote(text, 'the win')).toMatchObject({
      text: 'the win had not yet sunk in', type: 'indirect', start: at(text, 'the win'), speaker: 'Ana Okafor', speaker_mention: 'Okafor', cue: 'said',
    });
    expect(quote(text, 'I am still')).toMatchObject({ type: 'direct', speaker: 'Ana Okafor', speaker_mention: 'she' });
  });

  test('"NAME said she felt ill. “…,” she said.": a word the tagger reads as a state\'s abbreviation ends the report', () => {
    const text = 'Priya Nandal left the stage early. Nandal said she felt ill. "I could barely see the crowd," she said.';
    expect(quote(text, 'she felt')).toMatchObject({
      text: 'she felt ill', type: 'indirect', start: at(text, 'she felt'), end: at(text, 'she felt') + 12, speaker: 'Priya Nandal', speaker_mention: 'Nandal', cue: 'said',
    });
    expect(quote(text, 'I could barely')).toMatchObject({ type: 'direct', speaker: 'Priya Nandal', speaker_mention: 'she' });
  });
});
