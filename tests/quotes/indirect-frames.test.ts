import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech frames', () => {
  test('a possessive description speaks a trailing frame: "CLAUSE, her friend said."', () => {
    const text = 'The flights were full. Maren Tolle was also bound for Lisbon, her friend said.';
    expect(quote(text, 'Maren Tolle')).toMatchObject({
      type: 'indirect', text: 'Maren Tolle was also bound for Lisbon', start: at(text, 'Maren'),
      speaker_mention: 'her friend', speaker_start: at(text, 'her friend'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"his spokesman" is the whole speaker phrase, not "spokesman" alone', () => {
    const text = 'The talks stalled. The ferry line will reopen in June, his spokesman said on Friday.';
    expect(quote(text, 'The ferry line')).toMatchObject({ type: 'indirect', text: 'The ferry line will reopen in June', speaker_mention: 'his spokesman', cue: 'said' });
  });

  test('an object pronoun after a verb is no possessive speaker', () => {
    const text = 'The council voted late. Officials thanked her, and the mayor said nothing.';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'her')).toEqual([]);
  });

  test('an aside between commas after the cue belongs to the content: "says, win or lose, he is …"', () => {
    const text = 'The count went on. Senator Tova Brink says, rain or shine, she is staying in the contest.';
    expect(quote(text, 'rain or shine')).toMatchObject({
      type: 'indirect', text: 'rain or shine, she is staying in the contest', start: at(text, 'rain'),
      speaker: 'Tova Brink', speaker_mention: 'Tova Brink', cue: 'says', cue_start: at(text, 'says'),
    });
  });

  test('a circumstance between commas after the cue is stepped over: "said, in a letter, that …"', () => {
    const text = 'The pier is old. Mayor Ines Varga said, in a note to the board, that the pier would close in May.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close in May', speaker: 'Ines Varga', cue: 'said', start: at(text, 'the pier would') });
  });

  test('a clause of its own after a relative cue is no aside: "the points she has argued, she needs …, which …"', () => {
    const text = 'Taxes are the issue. To win the points she has argued, she needs more votes, which she hopes to find.';
    expect(quotesOf(text).filter((q) => q.cue === 'argued')).toEqual([]);
  });

  test('a subject interrupted by a dash aside of examples: "Guests at the gala — including X and Y — said"', () => {
    const text = 'The hall was quiet. Several guests at the gala — including bakers and florists — said the closure is a blow.';
    expect(quote(text, 'the closure')).toMatchObject({
      type: 'indirect', text: 'the closure is a blow', start: at(text, 'the closure'),
      speaker_mention: 'Several guests at the gala', speaker_start: at(text, 'Several'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('names given as examples of a group do not speak for it: "Other senators, like A and B, have said"', () => {
    const text = 'The vote is near. Other veteran senators, like Lena Hart and Omar Quist, have also said they are backing the levy.';
    const q = quote(text, 'they are backing');
    expect(q).toMatchObject({ type: 'indirect', text: 'they are backing the levy', speaker_start: at(text, 'Other'), cue: 'said', cue_start: at(text, 'said') });
    expect(q.speaker_mention).toBe('Other veteran senators, like Lena Hart and Omar Quist');
    expect(q.speaker).not.toBe('Omar Quist');
  });

  test('a group not known as people leaves the named example as the speaker', () => {
    const text = 'Trade was the theme. Most presidents, including President Ada Voss, have supported the new trade pact.';
    expect(quote(text, 'the new trade pact')).toMatchObject({ type: 'indirect', speaker: 'Ada Voss', cue: 'supported' });
  });

  test('content opened inside a "when" clause ends where the clause does: "…, a woman waved"', () => {
    const text = 'The square was full. Some in the crowd clapped, and when Orla Penn thanked the town and said it was good to be home, a boy waved.';
    expect(quote(text, 'it was good')).toMatchObject({
      type: 'indirect', text: 'it was good to be home', start: at(text, 'it was good'),
      speaker: 'Orla Penn', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('content opened inside an "if" clause ends before the main clause', () => {
    const text = 'The budget is due. If Councillor Ravi Dunn says the levy works, the board will vote on it next week.';
    expect(quote(text, 'the levy works')).toMatchObject({ type: 'indirect', text: 'the levy works', speaker: 'Ravi Dunn', cue: 'says', cue_start: at(text, 'says') });
  });

  test('an apposition inside the subordinate content does not end it', () => {
    const text = 'The ferry stopped. When Mayor Ida Kerr said the pier, the oldest in town, was unsafe, the crews left.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier, the oldest in town, was unsafe', speaker: 'Ida Kerr', cue: 'said' });
  });

  test('"it" opens the clause after an adverbial phrase: "said in practice it takes months …"', () => {
    const text = 'The pier closed. Lee said in practice it takes months to hire pilots.';
    expect(quote(text, 'it takes')).toMatchObject({ type: 'indirect', text: 'it takes months to hire pilots', start: at(text, 'it takes'), speaker: 'Lee', cue: 'said' });
    // After a verb inside the adverbial, "it" is that clause's: the words are Acme's, not Lee's.
    const later = 'The pier closed. “We are done,” Lee said in May after Acme announced it was closing the pier.';
    expect(quotesOf(later).some((q) => q.type === 'indirect' && q.speaker === 'Lee')).toBe(false);
  });

  test('… but not an "it" opening a clause of place or time inside the adverbial: "in the village where it started"', () => {
    const text = 'The ferry crews met. Mayor Ana Reyes said in the village where it started that the walkout would end soon.\n\nTom Vale said at the quay before it opened that the fares would rise.';
    expect(quote(text, 'the walkout')).toMatchObject({ type: 'indirect', text: 'the walkout would end soon', start: at(text, 'the walkout'), speaker: 'Ana Reyes', cue: 'said' });
    expect(quote(text, 'the fares')).toMatchObject({ type: 'indirect', text: 'the fares would rise', speaker: 'Tom Vale', cue: 'said' });
    expect(quotesOf(text).some((q) => q.text.startsWith('it '))).toBe(false);
  });

  test('a time or place phrase between the cue and a clause with no "that": "said in 2008 the bridge …"', () => {
    const text = 'The river rose. Senator Ula Brandt said in 2009 the old bridge would need new piers.';
    expect(quote(text, 'the old bridge')).toMatchObject({
      type: 'indirect', text: 'the old bridge would need new piers', start: at(text, 'the old bridge'),
      speaker: 'Ula Brandt', cue: 'said', cue_start: at(text, 'said'),
    });
    const later = 'The river rose. Senator Ula Brandt said at the time the old bridge would need new piers.';
    expect(quote(later, 'the old bridge')).toMatchObject({ type: 'indirect', text: 'the old bridge would need new piers', speaker: 'Ula Brandt', cue: 'said' });
  });

  test('a clause opened by "as" after the cue is no adverbial before the content', () => {
    const text = 'The hall was loud. “We paid it all,” Ravi Sen said as some wearing red hats booed.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a subordinate clause\'s content is cut before a main clause that holds a quotation of its own', () => {
    const text = 'The review ended. Although in March she said her choice to close the office was an error, at the forum this week Mayor Edda Vance said she did not think it was “a failure of judgment.”';
    expect(quote(text, 'her choice')).toMatchObject({
      type: 'indirect', text: 'her choice to close the office was an error', start: at(text, 'her choice'),
      speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said her'),
    });
  });

  test('a relative clause with a cue of its own and a quotation ends the content before it: ", which he called “…”"', () => {
    const text = 'The schools were the topic. Tomas Rilke said he has backed laws that would curb the power of the boards, which he called “a racket for the rich.”';
    expect(quote(text, 'he has backed')).toMatchObject({
      type: 'indirect', text: 'he has backed laws that would curb the power of the boards', start: at(text, 'he has backed'),
      speaker: 'Tomas Rilke', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a concessive clause with its own cue and quotation: ", although he posted that he “…”"', () => {
    const text = 'The talks resumed. Ivo Marsh said late Monday that he would press ahead with the meeting, although he posted that he “rejects the plan.”';
    expect(quote(text, 'he would press ahead')).toMatchObject({ type: 'indirect', text: 'he would press ahead with the meeting', speaker: 'Ivo Marsh', cue: 'said' });
  });

  test('a relative clause quoting the same speaker with no cue of its own stays in the content', () => {
    const text = 'The race is close. Senator Ada Kimura said on Sunday that she hoped for a big turnout, which “will help the whole ticket.”';
    expect(quotesOf(text).some((q) => q.type === 'indirect' && q.text === 'she hoped for a big turnout')).toBe(false);
  });

  test('"As X reported, CLAUSE": the main clause after the frame is the report', () => {
    const text = 'The debate ran long. As The Harbor Ledger reported, Mayor Lina Oduya was also accused of bending the rules.';
    expect(quote(text, 'Mayor Lina')).toMatchObject({
      type: 'indirect', text: 'Mayor Lina Oduya was also accused of bending the rules', start: at(text, 'Mayor Lina'),
      speaker_mention: 'The Harbor Ledger', cue: 'reported', cue_start: at(text, 'reported'),
    });
  });

  test('"As the Port Authority\'s Crane said, CLAUSE": a possessive may lead the name in the frame', () => {
    const text = 'The ferries are old. As the Port Authority\'s Crane said, the two ferry lines have become the least busy in the county.';
    expect(quote(text, 'the two ferry')).toMatchObject({ type: 'indirect', text: 'the two ferry lines have become the least busy in the county', start: at(text, 'the two ferry'), speaker: 'Crane', speaker_mention: 'Crane', cue: 'said', cue_start: at(text, 'said') });
    // A verb before the name still makes the "as" clause one of its own.
    const own = 'The ferries are old. As the port\'s boss left, Crane said the two ferry lines had become quiet.';
    expect(quotesOf(own).some((q) => q.text.startsWith('Crane said'))).toBe(false);
  });

  test('a parenthetical frame with a coordinated subject: "The cause, pilots and captains say, is …"', () => {
    const text = 'The pier closed. The cause of the delay, pilots and captains say, is a lack of money for dredging.';
    // (The pair is credited to its nearer noun, as any coordinated subject is: "pilots and captains said …".)
    expect(quote(text, 'The cause')).toMatchObject({ type: 'indirect', text: 'The cause of the delay, pilots and captains say, is a lack of money for dredging', start: at(text, 'The cause'), speaker_mention: 'captains', cue: 'say', cue_start: at(text, 'say,') });
    // Without a verb after the frame the words around it are no one clause.
    const list = 'The pier closed. On the radio and the late shows, nearly a third of callers were angry.';
    expect(quotesOf(list).some((q) => q.text.startsWith('On the radio'))).toBe(false);
  });

  test('"As reported by X, CLAUSE": the agent is the speaker', () => {
    const text = 'The audit is done. As reported by the county auditor, clerks found over 200 unsigned forms in the files.';
    expect(quote(text, 'clerks found')).toMatchObject({ type: 'indirect', text: 'clerks found over 200 unsigned forms in the files', speaker_mention: 'the county auditor', cue: 'reported' });
  });

  test('an "as" clause of its own is no frame: "As the senator left the hall, reporters said …"', () => {
    const text = 'The vote was late. As the senator left the hall, reporters said the bill had failed.';
    expect(quote(text, 'the bill had failed')).toMatchObject({ type: 'indirect', speaker_mention: 'reporters', cue: 'said' });
    expect(quotesOf(text).some((q) => q.text.startsWith('reporters said'))).toBe(false);
  });

  test('"CLAUSE, according to a short report in the Elk Valley Register.": a name word read as a verb does not open a clause', () => {
    const text = 'The count ended. Lots were drawn to settle at least four wards in the runoff, according to a short report in the Elk Valley Register.';
    expect(quote(text, 'Lots were drawn')).toMatchObject({
      type: 'indirect', text: 'Lots were drawn to settle at least four wards in the runoff', start: at(text, 'Lots'),
      // (The paper the report ran in is the source: "according to a report in OUTLET".)
      speaker_mention: 'Elk Valley Register', speaker_kind: 'outlet', outlet: 'Elk Valley Register', cue: 'according to', cue_start: at(text, 'according'),
    });
  });

  test('"CLAUSE, according to a poll released Sunday." : a participle describing the source closes the frame', () => {
    const text = 'The race is tight. Mara Voss leads the field with just 24%, according to a Harlow College/Evening Star poll released Sunday.';
    expect(quote(text, 'Mara Voss leads')).toMatchObject({ type: 'indirect', text: 'Mara Voss leads the field with just 24%', cue: 'according to' });
  });

  test('a clause after a trailing frame is not swallowed: "…, Lee said Tuesday the plan failed"', () => {
    const text = 'The board met. Funding was short, Treasurer Ned Lau said Tuesday the levy failed by a wide margin.';
    expect(quotesOf(text).some((q) => q.text === 'Funding was short')).toBe(false);
  });

  test('"That’s according to X.": the sentence before is what X reports', () => {
    const text = 'The Harlow campaign raised over $3 million in March, bringing its total to $9 million.\n\nThat’s according to filings made on Friday.';
    expect(quote(text, 'The Harlow campaign')).toMatchObject({
      type: 'indirect', text: 'The Harlow campaign raised over $3 million in March, bringing its total to $9 million', start: 0,
      speaker_mention: 'filings made on Friday', cue: 'according to', cue_start: at(text, 'according'),
    });
  });

  test('"According to X, CLAUSE" after an opening parenthesis or a colon', () => {
    const text = 'The pier is closed again.\n\n(According to the harbour police, the ferry line keeps no records of late sailings.)\n\nThe upshot: according to two county audits, the toll raised less than half of its target.';
    expect(quote(text, 'the ferry line')).toMatchObject({ type: 'indirect', text: 'the ferry line keeps no records of late sailings', speaker_mention: 'the harbour police', cue: 'According to', cue_start: at(text, 'According') });
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll raised less than half of its target', speaker_mention: 'two county audits', cue: 'according to' });
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(2);
  });

  test('"According to X, CLAUSE" with a source ending in a gerund the tagger reads as a verb: "according to weekly polling"', () => {
    const text = 'The harbour race is close.\n\nAccording to weekly polling, the ferry captain holds a clear lead in the harbour wards.\n\nThe vote is set for a Tuesday in early spring, according to the county.';
    expect(quote(text, 'the ferry captain')).toMatchObject({ type: 'indirect', text: 'the ferry captain holds a clear lead in the harbour wards', speaker_mention: 'weekly polling', cue: 'According to', cue_start: at(text, 'According') });
    expect(quote(text, 'The vote is set')).toMatchObject({ type: 'indirect', text: 'The vote is set for a Tuesday in early spring', speaker_mention: 'the county', cue: 'according to' });
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(2);
  });

  test('… but a lone gerund is an activity, no source: "according to sailing"', () => {
    const text = 'The harbour was calm.\n\nThe ferry, according to sailing, was late.\n\nAccording to boating, the ferry was late.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a sentence pointing back with no "according to" reports nothing', () => {
    const text = 'The Harlow campaign raised over $3 million in March.\n\nThat is a record for the district.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a hearer with a hyphen in its name: "told The Star-Courier of Elton last week she …"', () => {
    const text = 'The race is open. Former governor Ada Brill told The Star-Courier of Elton last week she would sooner vote for Hale.';
    expect(quote(text, 'she would sooner')).toMatchObject({
      type: 'indirect', text: 'she would sooner vote for Hale', start: at(text, 'she would'),
      speaker: 'Ada Brill', cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('a long title before the name of a trailing frame: "CLAUSE, Director of Government Affairs Ian Roe told X."', () => {
    const text = 'The road stayed shut. The county will likely skip the repairs this year, UCWA Director of Government Affairs Ian Roe told the Gazette this week.';
    expect(quote(text, 'The county will')).toMatchObject({
      type: 'indirect', text: 'The county will likely skip the repairs this year', start: at(text, 'The county'),
      speaker: 'Ian Roe', cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('a long run of role nouns before the name: "CLAUSE, Moroccan foreign affairs ministry spokesman X said"', () => {
    const text = 'The ferry sank. Two families were also among the passengers, Moroccan foreign affairs ministry spokesman Omar Bel Idris said Thursday.';
    expect(quote(text, 'Two families')).toMatchObject({ type: 'indirect', text: 'Two families were also among the passengers', cue: 'said' });
  });

  test('an aside between commas right after "that": "added that, in Ohio, the …"', () => {
    const text = 'The poll is out. Pollster Gil Marek added that, in Ohio, the coalition consists of voters who feel left behind.';
    expect(quote(text, 'in Ohio')).toMatchObject({
      type: 'indirect', text: 'in Ohio, the coalition consists of voters who feel left behind', start: at(text, 'in Ohio'),
      speaker: 'Gil Marek', cue: 'added', cue_start: at(text, 'added'),
    });
  });

  test('"that." as an object pronoun before a comma is still no complementizer', () => {
    const text = 'The vote was close. Senator Ida Wren said that, and nothing more.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a parenthetical frame after a short subject: "This season, she says, is different."', () => {
    const text = 'The team regrouped. This season, she says, is different.';
    expect(quote(text, 'This season')).toMatchObject({
      type: 'indirect', text: 'This season, she says, is different', start: at(text, 'This season'),
      speaker_mention: 'she', cue: 'says', cue_start: at(text, 'says'),
    });
  });

  test('a trailing frame with a participle after it still closes the content before it', () => {
    const text = 'The vote was close. The levy will pass, she said, adding that turnout was high.';
    expect(quote(text, 'The levy')).toMatchObject({ type: 'indirect', text: 'The levy will pass', speaker_mention: 'she', cue: 'said' });
  });

  test('a quantifier and where the people are: "Many in the hall said", "Some in the party say"', () => {
    const text = 'The rally ended late. Many in the hall said the governor was the one candidate they trusted.';
    expect(quote(text, 'the governor')).toMatchObject({
      type: 'indirect', text: 'the governor was the one candidate they trusted', speaker_mention: 'Many in the hall', speaker_start: at(text, 'Many'), cue: 'said', cue_start: at(text, 'said'),
    });
    const party = 'The rules changed. Some in the party say the new rules are unfair.';
    expect(quote(party, 'the new rules')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'Some in the party', cue: 'say' });
  });

  test('a group "across"/"among" somewhere is the speaker, not the place: "Most donors across the state say"', () => {
    const text = 'The tax bill stalled. Most donors across the state say the new tax is unfair.';
    expect(quote(text, 'the new tax')).toMatchObject({
      type: 'indirect', text: 'the new tax is unfair', speaker_mention: 'Most donors across the state', speaker_start: at(text, 'Most'), cue: 'say', cue_start: at(text, 'say'),
    });
  });

  test('a ratio written with hyphens heads no phrase: "Three-in-five party insiders across the three states said"', () => {
    const text = 'The survey is out. Three-in-five party insiders across the three states said the mayor can not be beaten.';
    expect(quote(text, 'the mayor can')).toMatchObject({ type: 'indirect', speaker_mention: 'Three-in-five party insiders across the three states', cue: 'said' });
  });
});

describe('a report inside a fronted time clause', () => {
  test('"After X argued that A, B …": the content ends with the clause', () => {
    const text = 'The board met on Tuesday. After Reed argued that the levy was unfair, the council voted to repeal it.';
    expect(quote(text, 'the levy')).toMatchObject({
      type: 'indirect', text: 'the levy was unfair', start: at(text, 'the levy'), speaker: 'Reed', cue: 'argued', cue_start: at(text, 'argued'),
    });
  });

  test('a cue with its own that-clause does not take the clause before the comma: "…, Moss said only that she agreed"', () => {
    const text = 'The board met on Tuesday. After Reed argued that the levy was unfair, Moss said only that she agreed.';
    expect(quotesOf(text).filter((q) => q.speaker === 'Moss')).toEqual([]);
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy was unfair', speaker: 'Reed', cue: 'argued' });
  });

  test('a frame closing the sentence still reports the clause before it: "A, Moss said on Friday."', () => {
    const text = 'The board met on Tuesday. The ferry will run late all winter, Moss said on Friday.';
    expect(quote(text, 'The ferry')).toMatchObject({ type: 'indirect', text: 'The ferry will run late all winter', speaker: 'Moss', cue: 'said', cue_start: at(text, 'said') });
  });

  test('not "after" as a preposition: "After the vote X argued that A and that B" keeps its content (two reports, second-that-clauses.ts)', () => {
    const text = 'The board met. After the vote Reed argued that the levy was unfair and that it hurt renters.';
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy was unfair', speaker: 'Reed', cue: 'argued' });
    expect(quote(text, 'it hurt')).toMatchObject({ type: 'indirect', text: 'it hurt renters', speaker: 'Reed', cue: 'argued' });
  });
});
