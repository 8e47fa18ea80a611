import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech in forms the tagger or the cue\'s shape hides', () => {
  test('a share of people holds a stance as people do: "A majority of tenants opposed …"', () => {
    const text = 'The tenants\' poll came out on Monday. A majority of tenants opposed the zoning change on Elm Street.';
    expect(quote(text, 'the zoning change')).toMatchObject({
      type: 'indirect', text: 'the zoning change on Elm Street', speaker_mention: 'A majority of tenants', cue: 'opposed', cue_start: at(text, 'opposed'),
    });
    const counted = 'The vote was on Friday. Forty percent of the harbour pilots endorsed the new timetable for the night ferries.';
    expect(quote(counted, 'the new timetable')).toMatchObject({ type: 'indirect', text: 'the new timetable for the night ferries', speaker_mention: 'Forty percent of the harbour pilots', cue: 'endorsed' });
  });

  test('not a share of something else: "Half of the winter favored …"', () => {
    expect(quotesOf('The league ended in May. Half of the winter favored the visiting crews from the islands.')).toEqual([]);
  });

  test('not a share someone else holds: "the mayor\'s 40 percent supported …"', () => {
    expect(quotesOf('The count was slow. In the north ward, the mayor\'s 40 percent supported the ferry levy.')).toEqual([]);
  });

  test('a stance the tagger read as a noun after a group: "Two-thirds support raising …", "Most tenants favor …"', () => {
    const text = 'The ferry survey was released on Monday. Two-thirds support raising the ferry fares for tourists next summer.';
    expect(quote(text, 'raising')).toMatchObject({
      type: 'indirect', text: 'raising the ferry fares for tourists next summer', speaker_mention: 'Two-thirds', cue: 'support', cue_start: at(text, 'support'),
    });
    const plural = 'The zoning vote is in May. Most tenants favor a freeze on rents along the harbour.';
    expect(quote(plural, 'a freeze')).toMatchObject({ type: 'indirect', text: 'a freeze on rents along the harbour', speaker_mention: 'Most tenants', cue: 'favor' });
  });

  test('not the noun: "Voter support for the levy grew", "their support"', () => {
    expect(quotesOf('The levy passed in May. Voter support for the ferry levy grew over the summer.')).toEqual([]);
    expect(quotesOf('The mayor thanked the crews. She will need their support in the spring.')).toEqual([]);
  });

  test('a report verb the tagger read as a noun after a plural: "Critics charge that …", "pilots point out that …"', () => {
    const text = 'The vote is near. Critics charge that the ferry levy hurts island families.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy hurts island families', speaker_mention: 'Critics', cue: 'charge', cue_start: at(text, 'charge'),
    });
    const estimate = 'The dredging starts in June. Port engineers estimate the channel will need two more winters of work.';
    expect(quote(estimate, 'the channel')).toMatchObject({ type: 'indirect', text: 'the channel will need two more winters of work', speaker_mention: 'Port engineers', cue: 'estimate' });
    const particle = 'The council meets today. Harbour pilots point out that the terminal could flood.';
    expect(quote(particle, 'the terminal')).toMatchObject({ type: 'indirect', text: 'the terminal could flood', speaker_mention: 'Harbour pilots', cue: 'point out' });
  });

  test('… and after a quantifier: "Many fear the pier will …"', () => {
    const text = 'The storm season starts soon. Many fear the old pier will collapse in the next storm.';
    expect(quote(text, 'the old pier')).toMatchObject({ type: 'indirect', text: 'the old pier will collapse in the next storm', speaker_mention: 'Many', cue: 'fear' });
  });

  test('not a charge that is no report: "Parking meters charge the tourists …"', () => {
    expect(quotesOf('The season is busy. Parking meters charge the tourists twice as much in July.')).toEqual([]);
  });

  test('a vote cast is a stance taken: "X voted against the levy"', () => {
    const text = 'The budget passed on Friday. Councillor Rita Voss voted against the ferry levy for island residents.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy for island residents', speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'voted against', cue_start: at(text, 'voted'),
    });
  });

  test('not a vote without its particle, nor the noun: "the council voted on Friday", "the vote for the pier"', () => {
    expect(quotesOf('The council voted on Friday after a long debate about the harbour.')).toEqual([]);
    expect(quotesOf('The harbour board held a vote for the new pier on Monday.')).toEqual([]);
  });

  test('"call" read as a noun after a group still names: "Critics call it the harbour tax"', () => {
    const text = 'The levy passed in May. Critics call it the harbour tax.';
    expect(quote(text, 'it the harbour tax')).toMatchObject({
      type: 'indirect', text: 'it the harbour tax', speaker_mention: 'Critics', cue: 'call', cue_start: at(text, 'call'),
    });
  });

  test('not a call that names nothing: "Residents call the harbour office every night"', () => {
    expect(quotesOf('The storm was close. Residents call the harbour office every night.')).toEqual([]);
  });

  test('advocacy and apology with "for": "X pushed for …", "X apologized for …"', () => {
    const text = 'The harbour board met on Monday. Councillor Amos Tully pushed for a second ferry on the night route.';
    expect(quote(text, 'a second ferry')).toMatchObject({
      type: 'indirect', text: 'a second ferry on the night route', speaker: 'Amos Tully', cue: 'pushed for', cue_start: at(text, 'pushed'),
    });
    const sorry = 'The pier reopened on Friday. Mayor Dana Pell apologized for the long delays at the terminal.';
    expect(quote(sorry, 'the long delays')).toMatchObject({ type: 'indirect', text: 'the long delays at the terminal', speaker: 'Dana Pell', cue: 'apologized for' });
  });

  test('not without "for": "The crowd pushed through the gate"', () => {
    expect(quotesOf('The ferry was late. The crowd pushed through the gate at the terminal.')).toEqual([]);
  });

  test('a cue-like plural after a hyphenated modifier is a noun: "her early-morning tweets attacking …"', () => {
    const text = 'The ferry strike went on. Mayor Dana Pell is defending her early-morning tweets attacking the ferry crews.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['her early-morning tweets attacking the ferry crews']);
    expect(quote(text, 'her early-morning')).toMatchObject({ type: 'indirect', speaker: 'Dana Pell', cue: 'defending', cue_start: at(text, 'defending') });
  });

  test('… but a hyphenated name still reports: "Ruth Lee-Hart reports that …"', () => {
    const text = 'The ferry strike went on. Ruth Lee-Hart reports that the crews will return on Monday.';
    expect(quote(text, 'the crews')).toMatchObject({ type: 'indirect', text: 'the crews will return on Monday', speaker: 'Ruth Lee-Hart', cue: 'reports' });
  });

  test('"back" as support given: "X backed the levy", "a group backing Voss"', () => {
    const text = 'The count is in. Councillor Amos Tully backed the ferry levy for the island routes.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy for the island routes', speaker: 'Amos Tully', cue: 'backed', cue_start: at(text, 'backed'),
    });
  });

  test('not a retreat, a passive or part of a word: "backed down", "backed by the union", "union-backed"', () => {
    expect(quotesOf('The strike ended. Councillor Amos Tully backed down from the ferry levy.')).toEqual([]);
    expect(quotesOf('The strike ended. The ferry levy was backed by the dockworkers union.')).toEqual([]);
    expect(quotesOf('The strike ended. The union-backed slate won the harbour board seats.')).toEqual([]);
  });

  test('an attack with two particles: "X lashed out at the board over …"', () => {
    const text = 'The debate ran long. Councillor Amos Tully lashed out at the harbour board over the ferry delays.';
    expect(quote(text, 'the harbour board')).toMatchObject({
      type: 'indirect', text: 'the harbour board over the ferry delays', speaker: 'Amos Tully', cue: 'lashed out at', cue_start: at(text, 'lashed'),
    });
  });

  test('not "lash" without its particle: "The crew lashed the boats to the pier"', () => {
    expect(quotesOf('The storm came early. The crew lashed the boats to the pier before dawn.')).toEqual([]);
  });

  test('a past stance the tagger read as an adjective: "Most riders preferred the old timetable"', () => {
    const text = 'The ferry poll is out. Most riders preferred the old timetable for the island routes.';
    expect(quote(text, 'the old timetable')).toMatchObject({
      type: 'indirect', text: 'the old timetable for the island routes', speaker_mention: 'Most riders', cue: 'preferred', cue_start: at(text, 'preferred'),
    });
  });

  test('not the adjective before its noun: "the preferred route"', () => {
    expect(quotesOf('The ferry poll is out. The preferred route runs past the old harbour.')).toEqual([]);
  });

  test('an object ends before a contrast clause: "X backed the levy, while Y opposed …"', () => {
    const text = 'The vote was close. Councillor Rita Voss backed the ferry levy, while Councillor Amos Tully opposed the plan for a second pier.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', speaker: 'Rita Voss', cue: 'backed' });
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', text: 'the plan for a second pier', speaker: 'Amos Tully', cue: 'opposed', cue_start: at(text, 'opposed') });
  });

  test('an object ends before a clause opened by "yet", as by "but": "X backed the levy, yet Y opposed …"', () => {
    const text = 'The vote was close. Councillor Rita Voss backed the ferry levy, yet Councillor Amos Tully opposed the plan for a second pier.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy', start: at(text, 'the ferry levy'), end: at(text, ', yet'), speaker: 'Rita Voss', cue: 'backed' });
  });

  test('not a "while" that opens no clause: "X backed the levy, while in office"', () => {
    const text = 'The vote was close. Councillor Rita Voss backed the ferry levy, while in office for the second time.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ text: 'the ferry levy, while in office for the second time', cue: 'backed' });
  });

  test('a cue at the very start of an article looks before it safely: "Backed by the union, …", "Crews tweets …"', () => {
    expect(quotesOf('Backed by the union, the ferry levy passed on Monday.')).toEqual([]);
    expect(quotesOf('Crews tweets rarely about the harbour.')).toEqual([]);
  });

  test('third-person cues read as plural nouns before "that": "The Harbour Trust estimates that …"', () => {
    const text = 'The budget is due. The Harbour Trust estimates that the new breakwater would cost the port two million dollars.';
    expect(quote(text, 'the new breakwater')).toMatchObject({
      type: 'indirect', text: 'the new breakwater would cost the port two million dollars', speaker_mention: 'Harbour Trust', cue: 'estimates', cue_start: at(text, 'estimates'),
    });
    const charge = 'The campaign heated up. Ms. Quell charges that the ferry board hid the repair costs.';
    expect(quote(charge, 'the ferry board')).toMatchObject({ type: 'indirect', text: 'the ferry board hid the repair costs', speaker: 'Quell', cue: 'charges' });
  });

  test('not a noun with its complement clause: "dismissed union charges that …", "the budget office estimates"', () => {
    const text = 'The harbour board dismissed union charges that it had hidden the repair costs.';
    expect(quotesOf(text).filter((q) => q.cue === 'charges')).toEqual([]);
    expect(quote(text, 'union charges')).toMatchObject({ type: 'indirect', speaker: 'The harbour board', cue: 'dismissed' });
    const office = 'The budget is due. The city budget office estimates that the pier will cost more.';
    expect(quote(office, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier will cost more', cue: 'estimates' });
  });

  test('not the plural noun without "that": "Port estimates of the cost rose"', () => {
    expect(quotesOf('The budget is due. Port estimates of the breakwater cost rose again in May.')).toEqual([]);
  });

  test('a stranded particle takes no object: "the pier Reyes voted against, and …", "nothing to apologize for and …"', () => {
    expect(quotesOf('The council met on Monday. This is the pier plan that Councillor Reyes voted against, and the harbour board knows it.')).toEqual([]);
    expect(quotesOf('The ferry levy is back. It is the levy that Councillor Reyes pushed for in 2019 that the harbour board now wants to repeal.')).toEqual([]);
    expect(quotesOf('The ferry ran late again. Councillor Reyes has nothing to apologize for and the harbour board agrees.')).toEqual([]);
  });

  test('a time after "for" is no object: "Reyes voted for a second time", "pushed for months"', () => {
    expect(quotesOf('The island held its ballot. Councillor Reyes voted for the second time since moving to Gull Point.')).toEqual([]);
    expect(quotesOf('The pier is old. Councillor Reyes pushed for months, but the harbour board said nothing.')).toEqual([]);
  });

  test('a particle still takes a real object: a name, a gerund, a quotation', () => {
    const text = 'The island held its ballot. Councillor Ada Reyes voted for the ferry levy in the harbour ward.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy in the harbour ward', speaker: 'Ada Reyes', cue: 'voted for', cue_start: at(text, 'voted') });
    const gerund = 'The pier is old. Councillor Ada Reyes complained about not getting the repair money from the harbour board.';
    expect(quote(gerund, 'not getting')).toMatchObject({ type: 'indirect', text: 'not getting the repair money from the harbour board', speaker: 'Ada Reyes', cue: 'complained about' });
  });

  test('"back" that moves something is no stance: "traffic backed up", "backed the van into the shed", "backed her up"', () => {
    expect(quotesOf('The ferry was late. Traffic on the harbour road backed up for miles.')).toEqual([]);
    expect(quotesOf('The audit was thin. Councillor Reyes backed up her claim with dock records.')).toEqual([]);
    expect(quotesOf('The vote was close. Councillor Dunn backed her up on the zoning change.')).toEqual([]);
    expect(quotesOf('The ferry docked at noon. The driver backed the fish van into the loading bay.')).toEqual([]);
  });

  test('"back" with an object and no movement is still support: "Dunn backed the zoning change in May"', () => {
    const text = 'The vote was close. Councillor Ivo Dunn backed the zoning change for the harbour in May.';
    expect(quote(text, 'the zoning change')).toMatchObject({ type: 'indirect', text: 'the zoning change for the harbour in May', speaker: 'Ivo Dunn', cue: 'backed', cue_start: at(text, 'backed') });
  });

  test('a share that is a verb\'s or preposition\'s object holds no stance: "won 60 percent support", "with 40 percent support"', () => {
    expect(quotesOf('The ferry levy is back. The measure won 60 percent support the spring it was put to island voters.')).toEqual([]);
    expect(quotesOf('The pier plan passed. It went through with 40 percent support the year the harbour flooded.')).toEqual([]);
  });

  test('a share opening its clause still holds one: "Of those polled, 58 percent support …"', () => {
    const text = 'The harbour poll came out on Monday. Of those polled, 58 percent support the pier plan for the east dock.';
    expect(quote(text, 'the pier plan')).toMatchObject({ type: 'indirect', text: 'the pier plan for the east dock', speaker_mention: '58 percent', cue: 'support', cue_start: at(text, 'support') });
  });

  test('every quantifier stands for a group before a plain-form cue: "All fear …", "Both say …"', () => {
    const text = 'The vote is near. All fear the ferry levy will fail in the spring.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy will fail in the spring', speaker_mention: 'All', cue: 'fear', cue_start: at(text, 'fear') });
    const both = 'The vote is near. Both say the ferry levy will fail in the spring.';
    expect(quote(both, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy will fail in the spring', speaker_mention: 'Both', cue: 'say' });
  });

  test('not a plural noun that is none: "the class fear of …" stays a noun phrase', () => {
    expect(quotesOf('The vote is near. Their class fear of the harbour levy grew all spring.')).toEqual([]);
  });
});
