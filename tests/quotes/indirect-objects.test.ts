import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('object cues: what a speech act is about or aimed at', () => {
  test('an object cue in an infinitive is the governing verb\'s subject\'s act: "X used the hearing to call for …"', () => {
    const text = 'The harbour board met on Monday. Councillor Amos Tully used his budget speech to call for a new levy on private yachts.';
    expect(quote(text, 'a new levy')).toMatchObject({
      type: 'indirect', text: 'a new levy on private yachts', speaker: 'Amos Tully', speaker_mention: 'Amos Tully', cue: 'call for', cue_start: at(text, 'call for'),
    });
  });

  test('an object cue in a gerund after a preposition: "X opened by talking about …"', () => {
    const text = 'The debate ran long. Mayor Dana Pell opened by talking about the ferry delays on the northern route.';
    expect(quote(text, 'the ferry delays')).toMatchObject({ type: 'indirect', text: 'the ferry delays on the northern route', speaker: 'Dana Pell', cue: 'talking about' });
  });

  test('a group that votes to endorse someone endorses them', () => {
    const text = 'The count is in. The dockworkers union voted to endorse Rita Voss for the harbour board.';
    expect(quote(text, 'Rita Voss')).toMatchObject({ type: 'indirect', text: 'Rita Voss for the harbour board', speaker_mention: 'The dockworkers union', cue: 'endorse' });
  });

  test('not the subject of a verb whose object does the act: "X persuaded the mayor to endorse …"', () => {
    const text = 'The vote is close. Councillor Amos Tully persuaded the mayor to endorse the ferry levy.';
    expect(quotesOf(text).filter((q) => q.speaker === 'Amos Tully')).toEqual([]);
  });

  test('not a subject that is no speaker: "The plan needs a council vote to support it"', () => {
    const text = 'The ferry plan needs a second council vote to support it.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('an object cue coordinated with any verb shares its subject: "X toured the docks and criticized …"', () => {
    const text = 'The tour ended late. Councillor Rita Voss toured the old ferry terminal on Sunday and criticized the harbour budget for its cuts to night sailings.';
    expect(quote(text, 'the harbour budget')).toMatchObject({
      type: 'indirect', text: 'the harbour budget for its cuts to night sailings', speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'criticized', cue_start: at(text, 'criticized'),
    });
  });

  test('… after a contrast too: "X thanked the crews, but questioned …"', () => {
    const text = 'The harbour chief resigned. Mayor Dana Pell thanked the crews at the marina, but questioned the price of the planned breakwater.';
    expect(quote(text, 'the price')).toMatchObject({ type: 'indirect', text: 'the price of the planned breakwater', speaker: 'Dana Pell', cue: 'questioned' });
  });

  test('not when the shared subject is no speaker: "The storm battered the pier and threatened …"', () => {
    expect(quotesOf('The winter storm battered the north pier and threatened the old ferry terminal at dawn.')).toEqual([]);
  });

  test('a short object that names its target is a report: "X has long opposed the toll", "X backed Voss"', () => {
    const text = 'The vote was close. Councillor Rita Voss has long opposed the toll.';
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll', speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'opposed', cue_start: at(text, 'opposed') });
    const other = 'The harbour board split. Councillor Amos Tully supported Voss.';
    expect(quote(other, 'Voss')).toMatchObject({ type: 'indirect', text: 'Voss', speaker: 'Amos Tully', cue: 'supported' });
  });

  test('not a short indefinite object, which names no one yet: "endorsed a candidate"', () => {
    expect(quotesOf('The union met on Friday. The dockworkers endorsed a candidate.')).toEqual([]);
  });

  test('"called upon" is "called on": what the speaker calls for', () => {
    const text = 'The ferry strike dragged on. Councillor Rita Voss called upon the harbour board to reopen talks with the crews.';
    expect(quote(text, 'the harbour board')).toMatchObject({
      type: 'indirect', text: 'the harbour board to reopen talks with the crews', speaker: 'Rita Voss', cue: 'called upon', cue_start: at(text, 'called upon'),
    });
  });

  test('not the one called upon: "A clerk was called upon to read the minutes"', () => {
    expect(quotesOf('The meeting opened late. A junior clerk was called upon to read the minutes aloud.')).toEqual([]);
  });

  test('an object ends before a report found after it, so both stand: "X praised A, though she added that B"', () => {
    const text = 'The pier reopened. Mayor Dana Pell praised the new breakwater, though she added that the old jetty still needed work.';
    expect(quote(text, 'the new breakwater')).toMatchObject({ type: 'indirect', text: 'the new breakwater', speaker: 'Dana Pell', cue: 'praised', cue_start: at(text, 'praised') });
    expect(quote(text, 'the old jetty')).toMatchObject({ type: 'indirect', text: 'the old jetty still needed work', speaker: 'Dana Pell', cue: 'added' });
    const other = 'The audit landed. Councillor Rita Voss criticized the harbour board, which she argued had wasted the repair fund on consultants.';
    expect(quote(other, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board', speaker: 'Rita Voss', cue: 'criticized' });
  });

  test('not an object run on into the report after it: no quote holds both', () => {
    const text = 'The pier reopened. Mayor Dana Pell praised the new breakwater, though she added that the old jetty still needed work.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the new breakwater', 'the old jetty still needed work']);
  });

  test('not a short object after a particle: "Neighbours complained about the noise"', () => {
    expect(quotesOf('The depot opened. Neighbours complained about the noise.')).toEqual([]);
  });
});

describe('a one-word object before a participle', () => {
  test('ends at the comma: "X endorsed Voss, pointing across the hall"', () => {
    const text = 'The vote was close. Councillor Amos Tully endorsed Voss, pointing across the crowded harbour hall.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Voss')).toMatchObject({
      type: 'indirect', text: 'Voss', start: at(text, 'Voss,'), end: at(text, 'Voss,') + 4, speaker: 'Amos Tully', cue: 'endorsed', cue_start: at(text, 'endorsed'),
    });
  });

  test('a longer object still runs to the participle, which reports its own content', () => {
    const text = 'The vote was close. Councillor Amos Tully praised the harbour board, saying the ferry levy was fair.';
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board', speaker: 'Amos Tully', cue: 'praised' });
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy was fair', speaker: 'Amos Tully', cue: 'saying' });
  });
});

describe('an object cue the tagger reads as a plural noun after a name', () => {
  test('"Okafor plans to …", "Mara Okafor votes to …", "Pell talks about …": the name is the subject', () => {
    const text = 'The pier closed in May. Okafor plans to reopen the north pier next year. Mara Okafor votes to close the south pier. Dana Pell talks about the harbour tolls at every meeting.';
    expect(quote(text, 'reopen')).toMatchObject({
      type: 'indirect', text: 'reopen the north pier next year', start: at(text, 'reopen'),
      speaker_mention: 'Okafor', speaker_start: at(text, 'Okafor plans'), cue: 'plans to', cue_start: at(text, 'plans to'),
    });
    expect(quote(text, 'close the south')).toMatchObject({ type: 'indirect', text: 'close the south pier', speaker_mention: 'Mara Okafor', cue: 'votes to' });
    expect(quote(text, 'the harbour tolls')).toMatchObject({ type: 'indirect', speaker_mention: 'Dana Pell', cue: 'talks about' });
  });

  test('no report: a noun the name modifies, a plural with no particle, attacks', () => {
    for (const text of [
      'The pier closed in May. The Okafor plans to reopen it faltered in June.',
      'The pier closed in May. The Port Elwin plans were drawn in 1990.',
      'The pier closed in May. The Port Elwin attacks on the fleet ended in 1812.',
    ]) expect(quotesOf(text)).toEqual([]);
  });

  test('no report: a name with no determiner whose plural is the subject of a later verb', () => {
    for (const text of [
      'The pier closed in May. Port Elwin plans were drawn in 1990.',
      'The pier closed in May. Instagram comments on the photo were turned off.',
      'The pier closed in May. Facebook comments on the video drew criticism.',
      'The pier closed in May. Harbour plans to expand the marina were shelved in June.',
      'The pier closed in May. Labour advocates for rail reform met on Monday.',
      'The pier closed in May. Brexit talks about fishing have stalled.',
    ]) expect(quotesOf(text)).toEqual([]);
  });

  test('no report: a name after a preposition, or ending the sentence before', () => {
    for (const text of [
      'The pier closed in May. After the meeting with Okafor talks about the tolls resumed.',
      'The pier closed in May. It was a plan by Okafor\nplans to reopen the pier are still a rumour.',
    ]) expect(quotesOf(text).filter((q) => q.speaker === 'Okafor')).toEqual([]);
  });

  test('after a subordinator the name is the subject: "as Port Elwin plans to …"', () => {
    const text = 'The pier closed in May. The city braces for crowds as Port Elwin plans to give the ferry crews more leeway.';
    expect(quote(text, 'give the ferry')).toMatchObject({ type: 'indirect', text: 'give the ferry crews more leeway', speaker: 'Port Elwin', cue: 'plans to', cue_start: at(text, 'plans to') });
  });

  test('not inside the that-clause of another\'s report: the name there is not the speaker', () => {
    const text = 'The pier closed in May. Dana Pell said Tuesday that Okafor talks about the tolls too much.';
    expect(quotesOf(text).filter((q) => q.speaker === 'Okafor')).toEqual([]);
  });

  test('a later verb with a pronoun subject or in a clause of its own does not block the name\'s verb', () => {
    const text = 'The pier closed in May. Dana Pell talks about the tolls that the board raised.';
    expect(quote(text, 'the tolls')).toMatchObject({ type: 'indirect', text: 'the tolls that the board raised', speaker: 'Dana Pell', cue: 'talks about', cue_start: at(text, 'talks about') });
  });
});

describe('a verb of regarding the tagger reads as a noun after a group', () => {
  test('"Most pilots view the tolls as a tax": the group regards, the object and its role are the content', () => {
    const text = 'The pier closed in May. Most pilots view the new tolls as a tax on the crews.';
    expect(quote(text, 'the new tolls')).toMatchObject({
      type: 'indirect', text: 'the new tolls as a tax on the crews', start: at(text, 'the new tolls'), speaker_mention: 'Most pilots', cue: 'view', cue_start: at(text, 'view'),
    });
  });

  test('no report without the role: "Most pilots view the eclipse from the pier"', () => {
    expect(quotesOf('The pier closed in May. Most pilots view the eclipse from the pier.')).toEqual([]);
  });
});

describe('"encouraged X to …" as "urged X to …"', () => {
  test('a person encouraging others to act: whom and what to do are the content', () => {
    const text = 'The strike vote was close. Mara Okafor encouraged the pilots to stay home on Friday.';
    expect(quote(text, 'the pilots')).toMatchObject({
      type: 'indirect', text: 'the pilots to stay home on Friday', start: at(text, 'the pilots'),
      speaker: 'Mara Okafor', speaker_start: at(text, 'Mara Okafor'), cue: 'encouraged', cue_start: at(text, 'encouraged'),
    });
  });

  test('no report: a cause encourages too ("the toll", "it", "a rule that"), and a passive with no agent', () => {
    for (const text of [
      'The strike vote was close. The new toll encouraged the crews to sail at night.',
      'The strike vote was close. It encouraged the crews to sail at night.',
      'The strike vote was close. The board passed a rule that encourages pilots to rest between crossings.',
      'The strike vote was close. Okafor was encouraged to see so many pilots at the hall.',
    ]) expect(quotesOf(text).filter((q) => /^encourag/.test(q.cue ?? ''))).toEqual([]);
  });
});

describe('speech acts with their particle: "railed against", "advocates for"', () => {
  test('what is railed against or advocated is the content', () => {
    const text = 'The pier closed in May. Mara Okafor railed against the new harbour toll. Dana Pell advocates for a second ferry to Port Elwin.';
    expect(quote(text, 'the new harbour toll')).toMatchObject({
      type: 'indirect', text: 'the new harbour toll', start: at(text, 'the new harbour toll'), speaker: 'Mara Okafor', cue: 'railed against', cue_start: at(text, 'railed against'),
    });
    expect(quote(text, 'a second ferry')).toMatchObject({ type: 'indirect', text: 'a second ferry to Port Elwin', speaker: 'Dana Pell', cue: 'advocates for' });
  });

  test('no report for "commented on": most often not done, or a platform, a day or a post', () => {
    for (const text of [
      'The film was shelved. Lana Voss has not commented on why the premiere was cancelled.',
      'The film was shelved. Lana Voss has yet to comment on the lawsuit filed by her former agent.',
      'The film was shelved. The studio did not immediately comment on the lawsuit filed by her former agent.',
      'The film was shelved. Lana Voss commented on Instagram after the show was cancelled by the network.',
      'The film was shelved. Lana Voss commented on a photo of her former husband with a heart emoji.',
    ]) expect(quotesOf(text).filter((q) => q.speaker !== null && /^comment/.test(q.cue ?? ''))).toEqual([]);
  });

  test('no report without the particle or the speaker: "the rail", "a comment", "the tide railed"', () => {
    for (const text of [
      'The pier closed in May. Okafor leaned on the rail against the wind.',
      'The pier closed in May. A comment on the toll was posted by the door.',
      'The pier closed in May. The advocate for the crews was late.',
    ]) expect(quotesOf(text)).toEqual([]);
  });
});

describe('"order" reports a command, not a purchase', () => {
  test('a noun object that names an act is the command: "ordered a review of …"', () => {
    const text = 'Governor Ilse Brandt ordered a review of the ferry contracts on Monday.';
    expect(quote(text, 'a review')).toMatchObject({ type: 'indirect', text: 'a review of the ferry contracts on Monday', start: at(text, 'a review'), speaker: 'Ilse Brandt', cue: 'ordered' });
  });

  test('someone told to act, past a long phrase: "ordered the port office, along with the police, to release …"', () => {
    const text = 'Judge Arno Weller ordered the port office, along with the harbour police, to release the tapes.';
    expect(quote(text, 'the port office')).toMatchObject({ type: 'indirect', text: 'the port office, along with the harbour police, to release the tapes', speaker: 'Arno Weller', cue: 'ordered' });
  });

  test('a that-clause is the command', () => {
    const text = 'Judge Arno Weller ordered that the tapes be kept sealed.';
    expect(quote(text, 'that the tapes')).toMatchObject({ type: 'indirect', text: 'that the tapes be kept sealed', speaker: 'Arno Weller', cue: 'ordered' });
  });

  test('a thing ordered is no speech (negative case)', () => {
    const text = 'At the café on the corner, Kasimir Dunn ordered a second plate of oysters before the band started.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('nor goods a company orders, with a later infinitive that is not the order\'s (negative case)', () => {
    const text = 'The ferry line ordered six new boats last spring and then went on to sell two of them.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('any object that is not a thing bought is the command: an end, a ceasefire, a new trial, the troops home', () => {
    const cases: [string, string][] = [
      ['Governor Ilse Brandt ordered an end to the dock strike on Monday.', 'an end to the dock strike on Monday'],
      ['Governor Ilse Brandt ordered a ceasefire along the northern border.', 'a ceasefire along the northern border'],
      ['Judge Arno Weller ordered a new trial for the two ferry pilots.', 'a new trial for the two ferry pilots'],
      ['Governor Ilse Brandt ordered the guard units home.', 'the guard units home'],
    ];
    for (const [text, content] of cases) {
      expect(quotesOf(text).map((q) => [q.text, q.type, q.cue, q.start])).toEqual([[content, 'indirect', 'ordered', at(text, content)]]);
    }
  });

  test('goods sent somewhere are moved by a command: "ordered the ships back to port"', () => {
    const text = 'Admiral Ilse Brandt ordered the ships back to port before the storm.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.cue])).toEqual([['the ships back to port before the storm', 'indirect', 'ordered']]);
  });

  test('food and goods ordered are purchases, with or without a determiner (negative case)', () => {
    expect(quotesOf('After the match, Kasimir Dunn ordered pizza for the whole squad.')).toEqual([]);
    expect(quotesOf('Last spring Kasimir Dunn ordered a new car from a dealer in Harlow.')).toEqual([]);
  });
});

describe('an aside between an object cue and its infinitive', () => {
  test('"refused, with some grace, to endorse …": the object is the infinitive', () => {
    const text = 'Mayor Ida Lund refused, with some grace, to endorse the toll plan.';
    expect(quote(text, 'to endorse')).toMatchObject({ type: 'indirect', text: 'to endorse the toll plan', start: at(text, 'to endorse'), speaker: 'Ida Lund', cue: 'refused' });
  });

  test('no infinitive after the aside leaves the object where it was (negative case)', () => {
    const text = 'Mayor Ida Lund criticized, in a long letter, the toll on the old bridge.';
    expect(quotesOf(text).map((q) => q.text)).toEqual([', in a long letter, the toll on the old bridge']);
  });
});

describe('an agreement to buy, sell or merge is a transaction, not a report', () => {
  test('"agreed on Friday to sell its frozen-food arm" reports nothing', () => {
    const text = 'Kessel Foods agreed on Friday to sell its frozen-food arm to a rival grocer.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"agreed to merge with …" reports nothing', () => {
    const text = 'Kessel Foods agreed to merge with Orton Mills in a stock deal.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"agreed last week to sell …": any time phrase before the infinitive is stepped over', () => {
    expect(quotesOf('Kessel Foods agreed last week to sell its frozen-food arm to a rival grocer.')).toEqual([]);
    expect(quotesOf('Kessel Foods agreed earlier this month to buy a flour mill in Dunmore.')).toEqual([]);
  });

  test('after a time phrase, an agreement to act stays a commitment (negative case)', () => {
    const text = 'Councillor Ada Fenn agreed last week to chair the harbour panel through the spring.';
    expect(quote(text, 'last week')).toMatchObject({ type: 'indirect', text: 'last week to chair the harbour panel through the spring', speaker: 'Ada Fenn', cue: 'agreed', start: at(text, 'last week') });
  });

  test('an agreement to serve stays a commitment (negative case)', () => {
    const text = 'Councillor Ada Fenn agreed on Thursday to chair the harbour panel through the spring.';
    expect(quote(text, 'on Thursday')).toMatchObject({ type: 'indirect', text: 'on Thursday to chair the harbour panel through the spring', speaker: 'Ada Fenn', cue: 'agreed' });
  });
});

describe('object cues that take a noun phrase as well as their particle: "wants a recount", "seeks a new trial"', () => {
  test('"X wants NOUN PHRASE": the thing wanted, up to the comma before a participle', () => {
    const text = 'The council meets on Friday. Councillor Ines Varga wants a full audit of the ferry accounts, pointing to the fuel contracts.';
    expect(quote(text, 'a full audit')).toMatchObject({
      type: 'indirect', text: 'a full audit of the ferry accounts', start: at(text, 'a full audit'), speaker: 'Ines Varga', speaker_mention: 'Ines Varga', cue: 'wants', cue_start: at(text, 'wants'),
    });
  });

  test('"X seeks NOUN PHRASE", with an organisation as the speaker', () => {
    const text = 'The dockworkers union seeks a new hearing for the three suspended pilots.';
    expect(quote(text, 'a new hearing')).toMatchObject({ type: 'indirect', text: 'a new hearing for the three suspended pilots', speaker_mention: 'The dockworkers union', cue: 'seeks' });
  });

  test('the particle still works: "X wants to …"', () => {
    const text = 'Councillor Ines Varga wants to reopen the north pier before the summer.';
    expect(quote(text, 'reopen the')).toMatchObject({ type: 'indirect', text: 'reopen the north pier before the summer', speaker: 'Ines Varga', cue: 'wants to' });
  });

  test('not a participle: "pilots seeking the harbour job", "spoke about wanting a quiet life"', () => {
    const text = 'Four pilots seeking the harbour master job met the board. Ines Varga has spoken before about wanting a quiet life away from the docks.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('not a need: "sought shelter in the gym", "wants a coffee" are no stances; a break from a policy still is', () => {
    expect(quotesOf('The ferry crews sought shelter in the old boathouse.')).toEqual([]);
    expect(quotesOf('Ines Varga wants a coffee before the harbour vote.')).toEqual([]);
    expect(quotesOf('The dock families sought medical care for the injured pilots.')).toEqual([]);
    const text = 'Ines Varga wants a clean break from the old harbour rules.';
    expect(quote(text, 'a clean break')).toMatchObject({ type: 'indirect', text: 'a clean break from the old harbour rules', start: 17, end: 57, speaker: 'Ines Varga', cue: 'wants' });
  });

  test('not a pronoun alone nor a free relative: "wants it", "what Varga wants is …"', () => {
    const text = 'Ines Varga wants it. What Ines Varga wants is a new pier.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('"including" after a comma is no participle clause: the object runs on through it', () => {
  test('"supported a ban on X, including Y": the examples are part of what is supported', () => {
    const text = 'Councillor Ines Varga has long supported a ban on night fishing, including trawling inside the bay.';
    expect(quote(text, 'a ban on')).toMatchObject({ type: 'indirect', text: 'a ban on night fishing, including trawling inside the bay', speaker: 'Ines Varga', cue: 'supported' });
  });

  test('a true participle still ends the object and reports its own clause', () => {
    const text = 'Councillor Ines Varga criticized the plan, saying it would hurt the fishing fleet.';
    expect(quotesOf(text).map((q) => [q.text, q.cue])).toEqual([['the plan', 'criticized'], ['it would hurt the fishing fleet', 'saying']]);
  });
});
