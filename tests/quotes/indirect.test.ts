import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';


describe('indirect speech', () => {
  test('a parenthetical frame inside the reported sentence: "X, Y said, Z"', () => {
    const text = 'The council met on Monday. The new library, Mayor Ana Ortiz said, would open in the spring.';
    expect(quote(text, 'The new library')).toMatchObject({
      type: 'indirect', text: 'The new library, Mayor Ana Ortiz said, would open in the spring', start: at(text, 'The new library'),
      speaker: 'Ana Ortiz', speaker_mention: 'Ana Ortiz', speaker_start: at(text, 'Ana Ortiz'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('an adverbial phrase between the cue and the content is stepped over', () => {
    const text = 'The race is close. Senator Ben Hale said at a rally in Dayton, Ohio, that the tax plan would cost jobs.';
    expect(quote(text, 'the tax plan')).toMatchObject({ type: 'indirect', text: 'the tax plan would cost jobs', speaker: 'Ben Hale', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a sentence is not cut at a party-state tag or an initial', () => {
    const text = 'The hearing ran late. Rep. Ann Marsh (R-S.C.) said that the agency had misled the committee.';
    expect(quote(text, 'the agency had')).toMatchObject({ type: 'indirect', text: 'the agency had misled the committee', speaker: 'Ann Marsh', speaker_mention: 'Ann Marsh', cue: 'said' });
  });

  test('a surname the tagger reads as a verb still ends the speaker\'s name', () => {
    const text = 'The case was old. As a young clerk, Maria E. Lynch said she had been told to review the file.';
    expect(quote(text, 'she had been')).toMatchObject({ type: 'indirect', speaker: 'Maria E. Lynch', speaker_mention: 'Maria E. Lynch', speaker_start: at(text, 'Maria'), cue: 'said' });
  });

  test('a description with no head noun before a named apposition: "one of the lawyers, X, said"', () => {
    const text = 'The videos were released. In a statement, one of the club’s owners, Justin Reed, said the footage shows the gate was open all night.';
    expect(quote(text, 'the footage shows')).toMatchObject({ type: 'indirect', speaker: 'Justin Reed', speaker_mention: 'Justin Reed', cue: 'said', cue_start: at(text, 'said the') });
  });

  test('a relative clause after an age and a home town still leads back to the name', () => {
    const text = 'The crowd was large. Donna Reyes, 61, of Elton, Md., who followed the event on a big screen, said the event reminded her of her father’s stories.';
    expect(quote(text, 'the event reminded')).toMatchObject({ type: 'indirect', text: 'the event reminded her of her father’s stories', speaker: 'Donna Reyes', speaker_mention: 'Donna Reyes', speaker_start: at(text, 'Donna'), cue: 'said' });
  });

  test('a poll or study "shows" what it reports', () => {
    const text = 'The race tightened. The latest poll shows that the senator is leading by four points.';
    expect(quote(text, 'the senator is')).toMatchObject({ type: 'indirect', text: 'the senator is leading by four points', speaker_mention: 'The latest poll', speaker_kind: 'anonymous', cue: 'shows', cue_start: at(text, 'shows') });
  });

  test('"according to X" in the middle of the reported sentence', () => {
    const text = 'Taxes rose. The top tier paid a third of all taxes in 2015, according to the budget office, and the next tier paid a fifth.';
    expect(quote(text, 'The top tier')).toMatchObject({ type: 'indirect', speaker_mention: 'the budget office', cue: 'according to', cue_start: at(text, 'according') });
  });

  test('"according to police" when the tagger reads the speaker noun as a verb', () => {
    const text = 'The street was closed. According to police, officers saw the driver leave the car with a bag.';
    expect(quote(text, 'officers saw')).toMatchObject({ type: 'indirect', text: 'officers saw the driver leave the car with a bag', speaker: 'police', speaker_kind: 'organization', cue: 'According to' });
  });

  test('"it says" reports a document; "it was announced" names no one', () => {
    const text = 'The plan was published on Monday. The average weekly payment, it says, would be $300.\n\nIt was announced that the singer will join the show next season, according to Variety.';
    expect(quote(text, 'The average weekly')).toMatchObject({ type: 'indirect', speaker_mention: 'it', speaker: null, cue: 'says' });
    expect(quote(text, 'It was announced that')).toMatchObject({ type: 'indirect', speaker: 'Variety', speaker_kind: 'outlet', cue: 'according to' });
  });

  test('a long apposition between the name and the cue', () => {
    const text = 'The suit was filed in May. Richard Bell, director of the Center for Rural Law at the city university’s law school, said the states were overstating the reach of the agency.';
    expect(quote(text, 'the states were')).toMatchObject({ type: 'indirect', speaker: 'Richard Bell', speaker_mention: 'Richard Bell', speaker_start: at(text, 'Richard'), cue: 'said' });
  });

  test('"X asked Y whether …" reports a question', () => {
    const text = 'The panel met on Sunday. Host Dana Webb asked the senator whether the party could hold the House in November.';
    expect(quote(text, 'whether the party')).toMatchObject({ type: 'indirect', text: 'whether the party could hold the House in November', speaker: 'Dana Webb', cue: 'asked', cue_start: at(text, 'asked') });
  });

  test('a sentence is not cut at an exclamation mark inside a quoted title followed by a lowercase word', () => {
    const text = 'The show was fun. Kim Ross said the “Wow!” star wanted her husband to dress her for the gala.';
    const quotes = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(quotes.some((q) => q.cue === 'wanted' || q.speaker_mention === 'star')).toBe(false);
  });

  test('a headline reports nothing', () => {
    const text = 'Star Recalls The Night She Met Her Co-Star At A Party\n\nThe actress Ana Bell spoke on Friday. Bell said the party ended at dawn.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['the party ended at dawn']);
    expect(quote(text, 'the party ended')).toMatchObject({ type: 'indirect', speaker: 'Ana Bell', speaker_mention: 'Bell', cue: 'said' });
  });

  test('a coordinated cue shares the sentence subject: "He compared … and says …"', () => {
    const text = 'It was a tough week. He compared the order to an earlier one and says the governor is flouting the process.';
    expect(quote(text, 'the governor is')).toMatchObject({ type: 'indirect', text: 'the governor is flouting the process', speaker_mention: 'He', speaker_start: at(text, 'He compared'), cue: 'says', cue_start: at(text, 'says') });
  });

  test('the hearer of "told" stops before the reported clause\'s own subject', () => {
    const text = 'It was a tough week. Mayor Ann Cole told the Lakeview Ledger she has already received hundreds of letters.';
    expect(quote(text, 'she has already')).toMatchObject({ type: 'indirect', text: 'she has already received hundreds of letters', speaker: 'Ann Cole', cue: 'told', outlet: 'Lakeview Ledger' });
  });

  test('the subject of a passive "was asked" / "was told" is the hearer, not the speaker', () => {
    const text = 'The premiere ran late. The actor Tom Rand was told that the studio had cancelled the sequel.';
    expect(quotesOf(text).filter((q) => q.cue === 'told')).toEqual([]);
  });

  test('speech acts reported with an object: "X called for …", "X urged …"', () => {
    const text = 'The hearing ended late. Senator Ann Pike called for a full review of the contract.\n\nMayor Tom Hadley urged residents to conserve water this summer.';
    expect(quote(text, 'a full review')).toMatchObject({ type: 'indirect', text: 'a full review of the contract', speaker: 'Ann Pike', speaker_mention: 'Ann Pike', cue: 'called for', cue_start: at(text, 'called for') });
    expect(quote(text, 'residents to conserve')).toMatchObject({ type: 'indirect', text: 'residents to conserve water this summer', speaker: 'Tom Hadley', cue: 'urged' });
  });

  test('an object speech act needs a person-like subject before it', () => {
    const text = 'The hearing ended late. The new rules called for a full review of the contract.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"Polls show that …" when the tagger reads "show" as a noun; "TV shows that …" is no report', () => {
    const text = 'The race tightened. Polls show that the senator is weakest among young voters.\n\nShe loves TV shows that make her laugh.';
    expect(quote(text, 'the senator is weakest')).toMatchObject({ type: 'indirect', text: 'the senator is weakest among young voters', cue: 'show', cue_start: at(text, 'show that') });
    expect(quotesOf(text).filter((q) => q.text.includes('laugh'))).toEqual([]);
  });

  test('a sentence-final frame with a determiner, an apposition or adverbials after the cue', () => {
    const text = 'The harbour report came out. Most of the dredging money goes to the north pier, the Harbour Institute said.\n\nThe ferry talks stalled after a week, said Mr. Okafor, the lawyer for the port authority.\n\nThe council could fund the pier if the tolls hold up, Sen. Ruth Vance (D-Vt.) told the Coast Ledger on Monday.';
    expect(quote(text, 'Most of the')).toMatchObject({ type: 'indirect', text: 'Most of the dredging money goes to the north pier', start: at(text, 'Most of'), speaker_mention: 'Harbour Institute', cue: 'said', cue_start: at(text, 'said.') });
    expect(quote(text, 'The ferry talks')).toMatchObject({ type: 'indirect', text: 'The ferry talks stalled after a week', speaker: 'Okafor', speaker_mention: 'Okafor', speaker_start: at(text, 'Okafor'), cue: 'said', cue_start: at(text, 'said Mr.') });
    expect(quote(text, 'The council could')).toMatchObject({ type: 'indirect', text: 'The council could fund the pier if the tolls hold up', speaker: 'Ruth Vance', speaker_mention: 'Ruth Vance', cue: 'told', cue_start: at(text, 'told') });
  });

  test('a frame followed by ", and" and a clause of its own reports both clauses; an object after the verb is no frame', () => {
    // (Every gold set with "A, X said, and B" spans A and B as two reports; see parenthetical-joined.test.ts.)
    const text = 'The harbour report came out. The repairs were cheap, the Harbour Institute said, and the rest went to wages.\n\nBack from her long sail, Ana Bell may have found a new mooring for her boat.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect' && q.speaker === 'Harbour Institute').map((q) => [q.text, q.start])).toEqual([
      ['The repairs were cheap', at(text, 'The repairs')],
      ['the rest went to wages', at(text, 'the rest')],
    ]);
    expect(quotesOf(text).filter((q) => q.text.startsWith('Back'))).toEqual([]);
  });

  test('reported speech beside a quotation in the same sentence stops before the quotation', () => {
    const text = 'The orchard rules are new. She said seasonal pickers would not qualify for the housing, and when asked again, the grower answered, “It is meant for families.”';
    expect(quote(text, 'seasonal pickers')).toMatchObject({ type: 'indirect', text: 'seasonal pickers would not qualify for the housing', speaker_mention: 'She', speaker_start: at(text, 'She'), cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'It is meant')).toMatchObject({ type: 'direct' });
  });

  test('reported speech holding quoted words is a partial quote, not an indirect one', () => {
    const text = 'The orchard rules are new. She said the plan was “a mess” for growers.';
    expect(quotesOf(text).map((q) => [q.type, q.text])).toEqual([['partial', 'a mess']]);
  });

  test('a sentence may report more than one attribution: "A, but he said B" and "A, X said, adding that B"', () => {
    const text = 'The board met on Monday. Mr. Hale agreed that the voting rules should change, but he said the debate should wait until spring.\n\nThe tunnel will close in May, the agency said, adding that buses would replace the trains.';
    expect(quote(text, 'the voting rules')).toMatchObject({ type: 'indirect', text: 'the voting rules should change', speaker: 'Hale', cue: 'agreed', cue_start: at(text, 'agreed') });
    expect(quote(text, 'the debate should')).toMatchObject({ type: 'indirect', text: 'the debate should wait until spring', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', cue_start: at(text, 'said the debate') });
    expect(quote(text, 'The tunnel will')).toMatchObject({ type: 'indirect', text: 'The tunnel will close in May', speaker_mention: 'the agency', cue: 'said', cue_start: at(text, 'said, adding') });
    expect(quote(text, 'buses would')).toMatchObject({ type: 'indirect', text: 'buses would replace the trains', speaker_mention: 'the agency', cue: 'adding', cue_start: at(text, 'adding') });
  });

  test('a later cue that is no speech act reports nothing: "it is fair to say", "agreed" with no clause', () => {
    const text = 'The choir needs a director. Ann Cole said the board had searched for a year, and it is fair to say she will bring new energy to the group.\n\nBo Lane said he at last agreed in March after the builders had left.';
    expect(quotesOf(text).map((q) => q.cue)).toEqual(['said', 'said']);
  });

  test('"states" after a noun is a noun, and a phrase ending in a preposition is no speaker', () => {
    const text = 'The vote is near. The party is spending heavily in border states that could tip the count.\n\nThe party hopes to narrow the gap in pledged seats, which stood at 40 before the spring vote.\n\nThe audit states that costs rose in every district.';
    // ("hopes to …" reports the act hoped for, the party's; no phrase before a cue is cut at "in".)
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention])).toEqual([['narrow the gap in pledged seats, which stood at 40 before the spring vote', 'The party'], ['costs rose in every district', 'The audit']]);
    expect(quote(text, 'costs rose')).toMatchObject({ type: 'indirect', speaker_mention: 'The audit', cue: 'states', cue_start: at(text, 'states that costs') });
  });

  test('a study "found that …" reports; "found time to …" and "learned that from …" do not', () => {
    const text = 'The survey was long. The study found that most renters pay more than a third of their income.\n\nThe mayor found time to visit the new school.\n\nThe clerk learned that from a memo sent by the board.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['most renters pay more than a third of their income']);
    expect(quote(text, 'most renters')).toMatchObject({ type: 'indirect', speaker_mention: 'The study', cue: 'found', cue_start: at(text, 'found that most') });
  });

  test('speech acts added to the report lexicon: "mentioned", "declared"', () => {
    const text = 'The vote was close. Senator Ada Moss mentioned that the bill had been delayed twice.\n\nMayor Tom Reed declared that the city would not pay the fine.';
    expect(quote(text, 'the bill had')).toMatchObject({ type: 'indirect', text: 'the bill had been delayed twice', speaker: 'Ada Moss', cue: 'mentioned', cue_start: at(text, 'mentioned') });
    expect(quote(text, 'the city would')).toMatchObject({ type: 'indirect', text: 'the city would not pay the fine', speaker: 'Tom Reed', cue: 'declared', cue_start: at(text, 'declared') });
  });

  test('an infinitive cue after adverbs takes the sentence subject: "went on the radio to very loudly insist that …"', () => {
    const text = 'It was the launch day. Ann Lee, the head of the shop, went on the radio to very loudly insist that the prices would stay low.';
    expect(quote(text, 'the prices would')).toMatchObject({ type: 'indirect', text: 'the prices would stay low', speaker: 'Ann Lee', speaker_mention: 'Ann Lee', speaker_start: at(text, 'Ann Lee'), cue: 'insist', cue_start: at(text, 'insist') });
  });

  test('commitments and stated positions reported with an object: "vowed to …", "opposed …"', () => {
    const text = 'The session opened. Governor Lia Hart vowed to veto any bill that raises the gas tax.\n\nSenator Omar Diaz opposed the new limits on river dredging.';
    expect(quote(text, 'to veto')).toMatchObject({ type: 'indirect', text: 'to veto any bill that raises the gas tax', speaker: 'Lia Hart', speaker_mention: 'Lia Hart', cue: 'vowed', cue_start: at(text, 'vowed') });
    expect(quote(text, 'the new limits')).toMatchObject({ type: 'indirect', text: 'the new limits on river dredging', speaker: 'Omar Diaz', cue: 'opposed', cue_start: at(text, 'opposed') });
  });

  test('a parenthetical frame after a bare subject, and one followed by a gerund clause, report the whole sentence', () => {
    const text = 'The fair opened. The park, Mr. Lane said, will close for repairs in June.\n\nThough the first move went well, he said, moving the depot would be far harder.';
    expect(quote(text, 'The park')).toMatchObject({ type: 'indirect', text: 'The park, Mr. Lane said, will close for repairs in June', speaker: 'Lane', cue: 'said' });
    expect(quote(text, 'Though the first')).toMatchObject({ type: 'indirect', text: 'Though the first move went well, he said, moving the depot would be far harder', speaker_mention: 'he', cue: 'said' });
  });

  test('after a quotation inside a report, a coordinated cue reports its own clause', () => {
    const text = 'The fair opened. Ann Lee is telling a group of bakers that the grain fund is “empty” and says she will seek new grants.';
    expect(quote(text, 'she will seek')).toMatchObject({ type: 'indirect', text: 'she will seek new grants', speaker: 'Ann Lee', cue: 'says', cue_start: at(text, 'says') });
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(1);
  });

  test('a quantifier before "of" leaves the head to the noun after it: "seven of 10 parents say …"', () => {
    const text = 'The fair opened. Nearly seven of 10 parents say they want a later start.\n\nMost of the nurses said the new rota would fail.';
    expect(quote(text, 'they want')).toMatchObject({ type: 'indirect', text: 'they want a later start', speaker_mention: 'seven of 10 parents', speaker_kind: 'anonymous', cue: 'say', cue_start: at(text, 'say') });
    expect(quote(text, 'the new rota')).toMatchObject({ type: 'indirect', text: 'the new rota would fail', speaker_mention: 'Most of the nurses', cue: 'said' });
  });

  test('"according to" after a dash, with a hyphenated modifier, or with "and others" after an apposition', () => {
    const text = 'The plan was out. More than half of the guide is outdated — according to the state boating office.\n\nFares would rise by as much as 12 percent, according to the union-backed Transit Institute, almost double what it forecast for the buses.\n\nThe new filter can be very effective, according to Ann Bell, head of the lab, and other engineers.';
    expect(quote(text, 'More than half')).toMatchObject({ type: 'indirect', text: 'More than half of the guide is outdated', speaker_mention: 'the state boating office', cue: 'according to' });
    expect(quote(text, 'Fares would')).toMatchObject({ type: 'indirect', speaker: 'Transit Institute', cue: 'according to', cue_start: at(text, 'according to the union') });
    expect(quote(text, 'The new filter')).toMatchObject({ type: 'indirect', text: 'The new filter can be very effective', speaker: 'Ann Bell', speaker_mention: 'Ann Bell', cue: 'according to' });
  });

  test('the content after an adverbial phrase opens with a subject pronoun; a long hearer is skipped', () => {
    const text = 'The plan was out. Ann Bell said after the meeting she would not accept the offer.\n\nTom Reed, 61, who has run the co-op for a decade, told the Valley Courier’s monthly farm podcast it is clear that the frost came early.';
    expect(quote(text, 'she would not')).toMatchObject({ type: 'indirect', text: 'she would not accept the offer', speaker: 'Ann Bell', cue: 'said' });
    expect(quote(text, 'it is clear')).toMatchObject({ type: 'indirect', text: 'it is clear that the frost came early', speaker: 'Tom Reed', speaker_mention: 'Tom Reed', cue: 'told' });
  });

  test('an object cue after a comma takes the sentence subject; the object ends before a coordinated verb', () => {
    const text = 'The vote was delayed. Senator Ada Moss left the hearing early, citing a conflict with the budget talks.\n\nMayor Tom Reed criticized the new parking rules and walked out of the meeting.';
    expect(quote(text, 'a conflict')).toMatchObject({ type: 'indirect', text: 'a conflict with the budget talks', speaker: 'Ada Moss', speaker_mention: 'Ada Moss', cue: 'citing', cue_start: at(text, 'citing') });
    expect(quote(text, 'the new parking')).toMatchObject({ type: 'indirect', text: 'the new parking rules', speaker: 'Tom Reed', cue: 'criticized', cue_start: at(text, 'criticized') });
  });

  test('"who said" reports for the phrase before it, through "who": a name, or a description', () => {
    const text = 'The vote was close. Ted Cole praised Mayor Ann Fox, who said she was grateful for the help of her old rival.\n\nThe last question came from a retired nurse, who said she and her sister had walked an hour to the hall.';
    expect(quote(text, 'she was grateful')).toMatchObject({ type: 'indirect', text: 'she was grateful for the help of her old rival', speaker: 'Ann Fox', speaker_mention: 'who', speaker_start: at(text, 'who said she was'), cue: 'said' });
    expect(quote(text, 'she and her sister')).toMatchObject({ type: 'indirect', speaker: 'a retired nurse', speaker_mention: 'who', speaker_start: at(text, 'who said she and'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said she and') });
  });

  test('proportions, reflexives and described officials as speakers', () => {
    const text = 'The vote was close. More than four in 10 said they would skip the meeting.\n\nAcme itself said the contract with the port was safe.\n\nA school official, who asked not to be named because the talks were private, said the board has met with the teachers.';
    expect(quote(text, 'they would skip')).toMatchObject({ type: 'indirect', speaker_mention: 'four in 10', speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'the contract with')).toMatchObject({ type: 'indirect', speaker: 'Acme', speaker_mention: 'Acme', cue: 'said' });
    expect(quote(text, 'the board has')).toMatchObject({ type: 'indirect', speaker_mention: 'A school official', cue: 'said', cue_start: at(text, 'said the board') });
  });

  test('a quotation near "who said" keeps the main clause\'s speaker', () => {
    const text = 'The meeting was tense. Coach Ann Fox told a parent who suggested that the team might quit that “quitting is never the answer.”';
    expect(quote(text, 'quitting is')).toMatchObject({ speaker: 'Ann Fox' });
  });

  test('a coordinated subject in a sentence-final frame: "…, nurses and hospital staff told X."', () => {
    const text = 'The strike grew. Backing for the deal is strong among older members, nurses and hospital staff told the Valley Courier.';
    expect(quote(text, 'Backing for')).toMatchObject({ type: 'indirect', text: 'Backing for the deal is strong among older members', speaker_mention: 'hospital staff', cue: 'told', cue_start: at(text, 'told') });
  });

  test('evidence "shows" its object; a name alone is an object speech act\'s content', () => {
    const text = 'The count went on. The latest survey shows the mayor with a small but stable edge.\n\nMayor Ann Fox endorsed Tom Reed.\n\nThe mayor endorsed him.';
    expect(quote(text, 'the mayor with')).toMatchObject({ type: 'indirect', text: 'the mayor with a small but stable edge', speaker_mention: 'The latest survey', cue: 'shows', cue_start: at(text, 'shows') });
    expect(quote(text, 'Tom Reed')).toMatchObject({ type: 'indirect', text: 'Tom Reed', speaker: 'Ann Fox', cue: 'endorsed' });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('poll respondents as speakers; "according to" with a relative clause or splitting its clause', () => {
    const text = 'The survey was long. By a wide margin, those questioned say longer library hours would help students.\n\nMs. Hale’s standing in the village was high, according to neighbours who knew her.\n\nThe clinic gets, according to one audit, $3 million in grants from the county.';
    expect(quote(text, 'longer library')).toMatchObject({ type: 'indirect', speaker_mention: 'those questioned', speaker_kind: 'anonymous', cue: 'say' });
    expect(quote(text, 'Ms. Hale')).toMatchObject({ type: 'indirect', text: 'Ms. Hale’s standing in the village was high', speaker_mention: 'neighbours', cue: 'according to' });
    expect(quote(text, 'The clinic')).toMatchObject({ type: 'indirect', text: 'The clinic gets, according to one audit, $3 million in grants from the county', speaker_mention: 'one audit', cue: 'according to' });
  });

  test('a short sentence-final frame with an object after the cue is no frame; a time clause after the cue is', () => {
    const text = 'The book came out in May. In her 2001 memoir, Quiet Water, Ann Fox noted the storm’s damage.\n\nThe river deal will fail without a vote in June, Ms. Roy said Monday as she left the hall.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('In her'))).toEqual([]);
    expect(quote(text, 'The river deal')).toMatchObject({ type: 'indirect', text: 'The river deal will fail without a vote in June', speaker: 'Roy', cue: 'said', cue_start: at(text, 'said Monday') });
  });

  test('a floating "all" between the subject and the cue', () => {
    const text = 'The vote was close. Council members Ada Moss (D-Ore.) and Omar Diaz (D-Ohio) all suggested that the ferry firm had overcharged riders.';
    expect(quote(text, 'the ferry firm')).toMatchObject({ type: 'indirect', text: 'the ferry firm had overcharged riders', speaker: 'Omar Diaz', cue: 'suggested' });
  });

  test('"added", "maintained" and "posted" report a that-clause or a pronoun\'s clause, not an object', () => {
    const text = 'The season went on. Ann Fox maintained her garden through the dry summer.\n\nTom Reed posted a map of the new bike lanes on his page.\n\nAda Moss added she would not coach again next year.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['she would not coach again next year']);
    expect(quote(text, 'she would not')).toMatchObject({ type: 'indirect', speaker: 'Ada Moss', cue: 'added' });
  });

  test('a time adverbial between the subject and the cue is no speaker', () => {
    const text = 'The plan was out. The Coast Ledger on Monday wrote that the mayor had sold the boat yard in 2004.\n\nA county survey published in early May found that most riders wanted later trains.';
    expect(quote(text, 'the mayor had')).toMatchObject({ type: 'indirect', speaker_mention: 'The Coast Ledger', cue: 'wrote' });
    expect(quote(text, 'most riders')).toMatchObject({ type: 'indirect', speaker_mention: 'A county survey', cue: 'found' });
  });

  test('evidence "found" a clause without "that"; "agreed to …" reports a commitment', () => {
    const text = 'The plan was out. One audit found the new levy would fall hardest on tenants.\n\nIn the end, Mayor Ann Fox agreed to repay the library $2 million.';
    expect(quote(text, 'the new levy')).toMatchObject({ type: 'indirect', text: 'the new levy would fall hardest on tenants', speaker_mention: 'One audit', cue: 'found' });
    expect(quote(text, 'to repay')).toMatchObject({ type: 'indirect', text: 'to repay the library $2 million', speaker: 'Ann Fox', cue: 'agreed' });
  });

  test('"In a new survey, CLAUSE": evidence opening the sentence reports the clause; "In the end, …" does not', () => {
    const text = 'The count went on. In a new Valley Courier survey published Monday, two of three parents backed the later school start.\n\nIn the end, the board delayed the vote by a month.';
    expect(quote(text, 'two of three')).toMatchObject({ type: 'indirect', text: 'two of three parents backed the later school start', speaker_mention: 'a new Valley Courier survey', cue: 'In', cue_start: at(text, 'In a new') });
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('the evidence must head the phrase after "In": "In the wake of the Ledger report," is a time, "In offering analysis of …," an act', () => {
    const wake = 'The vote was close. In the wake of the Ledger report, Tom Halvik has cast himself as a victim of the count.';
    expect(quotesOf(wake)).toHaveLength(0);
    const act = 'In offering analysis of the race, veteran pollster Dana Pruett told Reuters on Thursday that turnout would be low.';
    expect(quotesOf(act)).toEqual([expect.objectContaining({ type: 'indirect', text: 'turnout would be low', speaker: 'Dana Pruett', cue: 'told', outlet: 'Reuters' })]);
  });

  test('a dash apposition between the speaker and the cue: "X -- a historian -- said …"', () => {
    const text = 'The archive reopened. Lena Ortiz -- who wrote two books on the port strike -- said the dockers had planned the walkout for months.\n\nMarco Vell — a former harbour pilot — told the inquiry that the channel was never dredged.';
    expect(quote(text, 'the dockers')).toMatchObject({
      type: 'indirect', text: 'the dockers had planned the walkout for months', start: at(text, 'the dockers'),
      speaker: 'Lena Ortiz', speaker_mention: 'Lena Ortiz', speaker_start: at(text, 'Lena'), cue: 'said', cue_start: at(text, 'said the dockers'),
    });
    expect(quote(text, 'the channel')).toMatchObject({ type: 'indirect', text: 'the channel was never dredged', speaker: 'Marco Vell', speaker_mention: 'Marco Vell', cue: 'told', cue_start: at(text, 'told') });
  });

  test('"who said" after any noun phrase: "a roofer who said …", "those who said …"; not a passive "who was told"', () => {
    const text = 'The dispute went to court. The family had hired a roofer who said the gutters were rotten through.\n\nThe mayor did best among those who said the ferry fares were too high.\n\nThe clerk spoke to a driver who was told the road would reopen soon.';
    expect(quote(text, 'the gutters')).toMatchObject({
      type: 'indirect', text: 'the gutters were rotten through', start: at(text, 'the gutters'),
      speaker: 'a roofer', speaker_mention: 'who', speaker_start: at(text, 'who said the gutters'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said the gutters'),
    });
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', text: 'the ferry fares were too high', speaker: 'those', speaker_mention: 'who', cue: 'said' });
    expect(quotesOf(text).filter((q) => q.text.startsWith('the road'))).toEqual([]);
  });

  test('a share of a group and a noun with a clause of its own as speakers: "most of them said", "the growers we spoke with said"', () => {
    const text = 'The mill closed in June. Until the last shift, most of them said the owners would find a buyer.\n\nUp to two-thirds of them told pollsters they would vote against the levy.\n\nThe growers we spoke with said the frost had ruined the early pears.';
    expect(quote(text, 'the owners')).toMatchObject({
      type: 'indirect', text: 'the owners would find a buyer', start: at(text, 'the owners'),
      speaker_mention: 'most of them', speaker_start: at(text, 'most of them'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said the owners'),
    });
    expect(quote(text, 'they would vote')).toMatchObject({ type: 'indirect', text: 'they would vote against the levy', speaker_mention: 'two-thirds of them', cue: 'told' });
    expect(quote(text, 'the frost')).toMatchObject({ type: 'indirect', text: 'the frost had ruined the early pears', speaker_mention: 'The growers we spoke with', speaker_start: at(text, 'The growers'), cue: 'said' });
  });

  test('a three-word clause is reported content: "half of the drivers said they were exhausted"', () => {
    const text = 'The strike entered its second week. At the depot, half of the drivers said they were exhausted.';
    expect(quote(text, 'they were')).toMatchObject({
      type: 'indirect', text: 'they were exhausted', start: at(text, 'they were'),
      speaker_mention: 'half of the drivers', speaker_start: at(text, 'half'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('shares of those polled as speakers: "42% say", "nearly a third say", "about half, 51 percent, say"', () => {
    const text = 'The county poll came out on Friday. On the ferry, 38% say they would pay a higher fare.\n\nNearly a fifth say the buses run late most days.\n\nAmong renters, about half, 51 percent, say they will move within two years.';
    expect(quote(text, 'they would pay')).toMatchObject({
      type: 'indirect', text: 'they would pay a higher fare', start: at(text, 'they would pay'),
      speaker_mention: '38%', speaker_start: at(text, '38%'), speaker_kind: 'anonymous', cue: 'say', cue_start: at(text, 'say they would'),
    });
    expect(quote(text, 'the buses')).toMatchObject({ type: 'indirect', text: 'the buses run late most days', speaker_mention: 'Nearly a fifth', cue: 'say' });
    expect(quote(text, 'they will move')).toMatchObject({ type: 'indirect', text: 'they will move within two years', speaker_mention: 'about half, 51 percent', cue: 'say' });
  });

  test('"say" read as a noun after a plural subject inside a relative clause: "a plan that many planners say will …"', () => {
    const text = 'The depot plan was approved. It is a plan that many planners say will shorten the queues.\n\nThe vendors want to have a say in the matter.';
    expect(quote(text, 'will shorten')).toMatchObject({ type: 'indirect', text: 'will shorten the queues', speaker_mention: 'many planners', cue: 'say', cue_start: at(text, 'say will') });
    expect(quotesOf(text).filter((q) => q.text.includes('matter'))).toEqual([]);
  });

  test('a reply standing for a clause is reported content: "said yes", "said no to …", "say the same of …"; "says so much" is not', () => {
    const text = 'The depot vote was held on Monday. Most of the drivers said yes.\n\nLast spring, 28 percent of riders said the same of the old manager.\n\nThe mayor said no to the bridge toll.\n\nThe mess says so much about the board.';
    expect(quote(text, 'yes')).toMatchObject({ type: 'indirect', text: 'yes', start: at(text, 'yes'), speaker_mention: 'Most of the drivers', cue: 'said', cue_start: at(text, 'said yes') });
    expect(quote(text, 'the same of')).toMatchObject({ type: 'indirect', text: 'the same of the old manager', speaker_mention: '28 percent of riders', cue: 'said' });
    expect(quote(text, 'no to')).toMatchObject({ type: 'indirect', text: 'no to the bridge toll', speaker_mention: 'The mayor', cue: 'said' });
    expect(quotesOf(text).filter((q) => q.text.includes('much'))).toEqual([]);
  });

  test('a frame after a bare copula splits the reported sentence; a sentence adverb between the subject and the cue is stepped over', () => {
    const text = 'The ferry service ended in May. It was, she said, the hardest choice the board ever made.\n\nThe bakers backed the levy. Others, however, say the tax will close small shops.';
    expect(quote(text, 'It was')).toMatchObject({ type: 'indirect', text: 'It was, she said, the hardest choice the board ever made', start: at(text, 'It was'), speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'the tax')).toMatchObject({ type: 'indirect', text: 'the tax will close small shops', speaker_mention: 'Others', speaker_start: at(text, 'Others'), cue: 'say', cue_start: at(text, 'say') });
  });

  test('"according to" names its source whatever the tagger makes of it: "according to state land records"', () => {
    const text = 'The deal closed in March. Ana Ruiz bought the orchard in Salem in 2011, according to state land records.\n\nAccording to complete yet unofficial tallies, the levy passed by 40 votes.';
    expect(quote(text, 'Ana Ruiz')).toMatchObject({
      type: 'indirect', text: 'Ana Ruiz bought the orchard in Salem in 2011', start: at(text, 'Ana Ruiz'),
      speaker_mention: 'state land records', speaker_start: at(text, 'state land'), cue: 'according to', cue_start: at(text, 'according'),
    });
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy passed by 40 votes', speaker_mention: 'complete yet unofficial tallies', cue: 'According to' });
  });

  test('reported speech before a participle or a second speech verb that carries a quotation', () => {
    const text = 'The race tightened. Ms. Dahl said she saw no reason to change her plan, telling the crowd that “we keep going.”\n\nMayor Ines Roth said the depot would close and said, “We have no choice.”';
    expect(quote(text, 'she saw no')).toMatchObject({ type: 'indirect', text: 'she saw no reason to change her plan', start: at(text, 'she saw no'), speaker: 'Dahl', speaker_mention: 'Dahl', cue: 'said', cue_start: at(text, 'said she') });
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', text: 'the depot would close', speaker: 'Ines Roth', cue: 'said', cue_start: at(text, 'said the depot') });
    expect(quote(text, 'We have')).toMatchObject({ type: 'direct' });
  });

  test('content opening with an approximation or a hyphenated compound: "said about half the rise …", "said down-ballot candidates …"', () => {
    const text = 'The audit came out on Monday. The water board said about half the rise in its costs came from the new pumps.\n\nNina Holt said down-ballot candidates would pay the most.';
    expect(quote(text, 'about half')).toMatchObject({ type: 'indirect', text: 'about half the rise in its costs came from the new pumps', start: at(text, 'about half'), speaker_mention: 'The water board', cue: 'said', cue_start: at(text, 'said about') });
    expect(quote(text, 'down-ballot')).toMatchObject({ type: 'indirect', text: 'down-ballot candidates would pay the most', speaker: 'Nina Holt', cue: 'said' });
  });

  test('evidence closing the sentence ("…, county tax records show.") and evidence that "found" an object', () => {
    const text = 'The depot budget grew again. In all, the transit board spent $12 million on buses, county tax records show.\n\nA recent harbour survey found 80 percent support for the ferry plan.\n\nThe mayor found time to visit the ferry.';
    expect(quote(text, 'In all')).toMatchObject({
      type: 'indirect', text: 'In all, the transit board spent $12 million on buses', start: at(text, 'In all'),
      speaker_mention: 'county tax records', speaker_start: at(text, 'county tax'), cue: 'show', cue_start: at(text, 'show.'),
    });
    expect(quote(text, '80 percent')).toMatchObject({ type: 'indirect', text: '80 percent support for the ferry plan', speaker_mention: 'A recent harbour survey', cue: 'found' });
    expect(quotesOf(text).filter((q) => q.text.includes('visit'))).toEqual([]);
  });

  test('evidence made by a named body finds its object: "A survey by the harbour board found …"', () => {
    const text = 'The vote is in May. A survey by the harbour board in March found the mayor ahead by seven points over Reyes.\n\nA study by the harbour watchdog group Tide Watch found the new pier drew twice as many riders.';
    expect(quote(text, 'the mayor ahead')).toMatchObject({ type: 'indirect', text: 'the mayor ahead by seven points over Reyes', speaker_mention: 'the harbour board', cue: 'found', cue_start: at(text, 'found the mayor') });
    expect(quote(text, 'the new pier')).toMatchObject({ type: 'indirect', text: 'the new pier drew twice as many riders', speaker_mention: 'Tide Watch', cue: 'found' });
    // A body's letter is no evidence: what it "found" is no report.
    const letter = 'The vote is in May. A letter from the harbour board found its way to the mayor.';
    expect(quotesOf(letter).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a quantifier alone as the subject: "Some said …", "all agreed that …", "and many say …"', () => {
    const text = 'The pier reopened in June. Some said the new railings were too low.\n\nIn the end, all agreed that the toll should stay.\n\nThe fishers were tired and many say the season was the worst in years.';
    expect(quote(text, 'the new railings')).toMatchObject({ type: 'indirect', text: 'the new railings were too low', start: at(text, 'the new railings'), speaker_mention: 'Some', speaker_start: at(text, 'Some'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll should stay', speaker_mention: 'all', cue: 'agreed' });
    expect(quote(text, 'the season')).toMatchObject({ type: 'indirect', text: 'the season was the worst in years', speaker_mention: 'many', cue: 'say' });
  });

  test('a quantifier after a clause-opening conjunction, as a count after one: "whereas many argued that …"', () => {
    const text = 'The council backed the levy whereas many argued that the ferry fare was too high.';
    expect(quote(text, 'the ferry fare')).toMatchObject({ type: 'indirect', text: 'the ferry fare was too high', speaker_mention: 'many', speaker_start: at(text, 'many'), speaker_kind: 'anonymous', cue: 'argued', cue_start: at(text, 'argued') });
  });

  test('negative: a quantifier after a preposition is no subject: "backed the levy with many argued …" reports no one as "many"', () => {
    const text = 'The council backed the levy with many argued that the ferry fare was too high.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'many')).toBe(false);
  });

  test('a quantifier alone before a perfect\'s "have": "Some have suggested that …", "Others have argued …"', () => {
    const text = 'The pier closed in May. Some have suggested that the mayor is a poor messenger on the ferry issue.\n\nOthers have argued the levy is too high.';
    expect(quote(text, 'the mayor is')).toMatchObject({ type: 'indirect', text: 'the mayor is a poor messenger on the ferry issue', speaker_mention: 'Some', speaker_kind: 'anonymous', cue: 'suggested', cue_start: at(text, 'suggested') });
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy is too high', speaker_mention: 'Others', cue: 'argued' });
    // The subject of a passive is the hearer: "Some were told" reports no one.
    const told = 'The pier closed in May. Some were told that the levy is too high.';
    expect(quotesOf(told).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a short report inside a relative clause opens with its verb: "what the auditors said was plain waste"', () => {
    const text = 'The depot cost doubled. The board spent freely, amounting to what the auditors said was plain waste.';
    expect(quote(text, 'was plain')).toMatchObject({ type: 'indirect', text: 'was plain waste', start: at(text, 'was plain'), speaker_mention: 'the auditors', speaker_start: at(text, 'the auditors'), cue: 'said', cue_start: at(text, 'said') });
  });

  test('a longer closing evidence phrase with a participle and a hyphenated word: "…, a Ledger review of newly filed tax-court records shows."', () => {
    const text = 'The farm loans kept growing. Payments to the three farms rose to $4 million by June, a Ledger review of newly filed tax-court records shows.';
    expect(quote(text, 'Payments')).toMatchObject({
      type: 'indirect', text: 'Payments to the three farms rose to $4 million by June', start: at(text, 'Payments'),
      speaker_mention: 'a Ledger review of newly filed tax-court records', cue: 'shows', cue_start: at(text, 'shows'),
    });
  });

  test('evidence named by "findings", "tallies", "logs" or "filings", and two kinds of records joined by "and"', () => {
    const text = 'The ferry fund shrank. Most of the money went to firms that no longer exist, campaign and corporate records show.\n\nFour accounts opened the rider list within an hour, port audit logs show.\n\nThe new findings show riders fear higher fares from either party.';
    expect(quote(text, 'Most of')).toMatchObject({
      type: 'indirect', text: 'Most of the money went to firms that no longer exist', start: at(text, 'Most of'),
      speaker_mention: 'campaign and corporate records', speaker_start: at(text, 'campaign and'), cue: 'show', cue_start: at(text, 'show.'),
    });
    expect(quote(text, 'Four accounts')).toMatchObject({ type: 'indirect', text: 'Four accounts opened the rider list within an hour', speaker_mention: 'port audit logs', cue: 'show' });
    expect(quote(text, 'riders fear')).toMatchObject({ type: 'indirect', text: 'riders fear higher fares from either party', speaker_mention: 'The new findings', cue: 'show', cue_start: at(text, 'show riders') });
  });

  test('a coordinated cue takes the subject of the nearest verb back with one: "…, and when Bell thanked the city and said …"', () => {
    const text = 'The pier reopened. The band played on, and when Mayor Ivo Bell thanked the crowd and said the pier was safe again, a child cheered.\n\nThe governor put down her pen, and then said the ballots were complete.';
    expect(quote(text, 'the pier was')).toMatchObject({ type: 'indirect', speaker: 'Ivo Bell', speaker_mention: 'Ivo Bell', speaker_start: at(text, 'Ivo Bell'), cue: 'said', cue_start: at(text, 'said the pier') });
    expect(quote(text, 'the ballots')).toMatchObject({ type: 'indirect', text: 'the ballots were complete', speaker_mention: 'The governor', cue: 'said' });
  });

  test('a one-word reply closing a sentence keeps the full stop out: "… the mayor said no."', () => {
    const text = 'The ferry vote was close. Pressed on a second term, the harbour chief said no.';
    expect(quote(text, 'no')).toMatchObject({ type: 'indirect', text: 'no', start: at(text, 'no.'), end: at(text, 'no.') + 2, speaker_mention: 'the harbour chief', cue: 'said' });
  });

  test('a question put to someone is nobody’s quote, its asker named ("asked by X if …") or not', () => {
    const text = 'The ferry board met on Monday. Asked whether the fares would rise again, the chair said no.\n\nWhen asked about the late boats, Ms. Ruiz smiled.\n\nAsked by a local reporter if the pier was safe, the engineer nodded.\n\nThe skipper was asked to leave the meeting.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('if the pier'))).toEqual([]);
    expect(quotesOf(text).filter((q) => q.text.startsWith('whether the fares') || q.text.startsWith('about the late'))).toEqual([]);
    expect(quotesOf(text).filter((q) => q.text.includes('leave'))).toEqual([]);
  });

  test('a refusal to speak reports no words: "The agency declined to comment." (see indirect/refused-comment)', () => {
    const text = 'The ferry contract was signed in May. The harbour agency declined to comment.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a refused stance is reported with its short infinitive: "The agency declined to sign."', () => {
    const text = 'The ferry contract was drafted in May. The harbour agency declined to sign.';
    expect(quote(text, 'to sign')).toMatchObject({ type: 'indirect', text: 'to sign', start: at(text, 'to sign'), speaker_mention: 'The harbour agency', cue: 'declined', cue_start: at(text, 'declined') });
  });

  test('a participle after a quotation\'s frame shares its speaker: "“…,” Bell said, noting that …", "…, citing …"', () => {
    const text = 'The ferry vote was close. “We have done our part,” Ms. Ruiz said, noting that the fares had not risen in ten years.\n\n“It is a sign of real anger,” Bell said, citing the slow growth of harbour wages.';
    expect(quote(text, 'the fares')).toMatchObject({ type: 'indirect', text: 'the fares had not risen in ten years', start: at(text, 'the fares'), speaker: 'Ruiz', speaker_mention: 'Ruiz', cue: 'noting', cue_start: at(text, 'noting') });
    expect(quote(text, 'the slow growth')).toMatchObject({ type: 'indirect', text: 'the slow growth of harbour wages', speaker: 'Bell', speaker_mention: 'Bell', cue: 'citing', cue_start: at(text, 'citing') });
    expect(quote(text, 'We have')).toMatchObject({ type: 'direct', speaker: 'Ruiz' });
  });

  test('object cues with their particle: "referring to …", "pointed to …"; "pointed at" and a bare "referred" report nothing', () => {
    const text = 'The ferry vote was close. “It should be settled by June,” Bell said, referring to the harbour board’s summer meeting.\n\nThe mayor pointed to the new jobs figures as proof the port was growing.\n\nThe clerk pointed at the old map on the wall.';
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board’s summer meeting', speaker: 'Bell', cue: 'referring to', cue_start: at(text, 'referring') });
    expect(quote(text, 'the new jobs')).toMatchObject({ type: 'indirect', text: 'the new jobs figures as proof the port was growing', speaker_mention: 'The mayor', cue: 'pointed to', cue_start: at(text, 'pointed to') });
    expect(quotesOf(text).filter((q) => q.text.includes('old map'))).toEqual([]);
  });

  test('a participle phrase set off by commas after the subject: "The mayor, announcing her plan, said …" reports two contents', () => {
    const text = 'The pier vote was close. The harbour chief, announcing the new timetable, said the late boats would stop in May.';
    expect(quote(text, 'the late boats')).toMatchObject({ type: 'indirect', text: 'the late boats would stop in May', speaker_mention: 'The harbour chief', speaker_start: at(text, 'The harbour'), cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'the new timetable')).toMatchObject({ type: 'indirect', text: 'the new timetable', speaker_mention: 'The harbour chief', cue: 'announcing' });
  });

  test('"told" a plural hearer, then a determiner opens the content: "told aides the pier would close"', () => {
    const text = 'The pier vote was close. The harbour chief reportedly told aides the late boats would stop in May.';
    expect(quote(text, 'the late boats')).toMatchObject({ type: 'indirect', text: 'the late boats would stop in May', speaker_mention: 'The harbour chief', cue: 'told', cue_start: at(text, 'told') });
  });

  test('stated attitudes and attacks are object speech acts: "expressed concern about …", "slammed X over …"', () => {
    const text = 'The pier vote was close. Mayor Ivo Bell expressed concern about the late boats on the north route.\n\nSenator Ada Moss slammed the harbour board over the new tolls.';
    expect(quote(text, 'concern about')).toMatchObject({ type: 'indirect', text: 'concern about the late boats on the north route', speaker: 'Ivo Bell', cue: 'expressed', cue_start: at(text, 'expressed') });
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board over the new tolls', speaker: 'Ada Moss', cue: 'slammed', cue_start: at(text, 'slammed') });
  });

  test('no object speech act in a capitalised name or in an act only wondered about', () => {
    const text = 'The film opened on Friday. Coastal Express follows a ferry pilot through one winter.\n\nThe question was whether her old partner would express his own regrets.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('more stance verbs as object speech acts: "voiced doubts over …", "denounced …", "decried …"', () => {
    const text = 'The pier vote was close. Mayor Ivo Bell voiced doubts over the price tag for the new ferry.\n\nSenator Ada Moss denounced the toll rise as a tax on workers.\n\nThe union decried the cuts to the night service.';
    expect(quote(text, 'doubts over')).toMatchObject({ type: 'indirect', text: 'doubts over the price tag for the new ferry', speaker: 'Ivo Bell', cue: 'voiced', cue_start: at(text, 'voiced') });
    expect(quote(text, 'the toll rise')).toMatchObject({ type: 'indirect', text: 'the toll rise as a tax on workers', speaker: 'Ada Moss', cue: 'denounced' });
    expect(quote(text, 'the cuts')).toMatchObject({ type: 'indirect', text: 'the cuts to the night service', speaker_mention: 'The union', cue: 'decried' });
  });

  test('"talked about X" reports X, like "referring to X"', () => {
    const text = 'The pier vote was close. At the harbour meeting, Mayor Ivo Bell talked about the fares on the night ferries.';
    expect(quote(text, 'the fares')).toMatchObject({ type: 'indirect', text: 'the fares on the night ferries', speaker: 'Ivo Bell', cue: 'talked about', cue_start: at(text, 'talked') });
  });

  test('a participle after a comma read as an adjective is still an object cue: "…, promising lower fares"', () => {
    const text = 'The pier vote was close. Mayor Ivo Bell toured the harbour, promising lower fares for night workers.';
    expect(quote(text, 'lower fares')).toMatchObject({ type: 'indirect', text: 'lower fares for night workers', speaker: 'Ivo Bell', cue: 'promising', cue_start: at(text, 'promising') });
  });

  test('an object speech act beside a reported clause in the same sentence: "X criticized A and said B"', () => {
    const text = 'The pier vote was close. Senator Ada Moss criticized the new toll plan and said the night ferries should be free.';
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll plan', speaker: 'Ada Moss', cue: 'criticized', cue_start: at(text, 'criticized') });
    expect(quote(text, 'the night ferries')).toMatchObject({ type: 'indirect', text: 'the night ferries should be free', speaker: 'Ada Moss', cue: 'said' });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('an object speech act in a relative clause: "Hale, who declined to endorse the audit, …"', () => {
    const text = 'The pier audit was published. Ivo Hale, who declined to endorse the audit, runs the ferry office.';
    expect(quote(text, 'to endorse')).toMatchObject({ type: 'indirect', text: 'to endorse the audit', speaker: 'Ivo Hale', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'declined', cue_start: at(text, 'declined') });
  });
});

describe('passive report cues', () => {
  test('the subject of a passive cue is no speaker ("Ohio was called for Reed"), and no later pronoun resolves to it', () => {
    const text = 'Supporters cheered when Ohio was called for Tom Reed minutes after the polls closed.\n\nAnn Lee said she would keep going. She declared “What a night!” to the crowd.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.speaker_mention === 'Ohio')).toBe(false);
    expect(quotes.find((q) => q.text === 'What a night!')).toMatchObject({ speaker: 'Ann Lee', speaker_mention: 'She' });
  });
});

describe('what is not reported speech', () => {
  test('writing a work is no report, and a relative clause is no parenthetical frame: "Director Tom Brandt, who wrote both scripts, said …"', () => {
    const text = 'The first film was a hit. Director Tom Brandt, who wrote both scripts, said the sequel would move to a city port.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['the sequel would move to a city port', 'Tom Brandt', 'said']]);
  });

  test('what someone never said reports nothing: "the bill never said where …"', () => {
    const text = 'The vote was close. Critics argued the bill never said where the funds would come from.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention])).toEqual([['the bill never said where the funds would come from', 'Critics']]);
  });

  test('the occasion before a frame is not what was said: "Asked about the plan, Lee said: “…”"', () => {
    const asked = 'The council met.\n\nAsked about the plan, Bo Lee said: “Never.”';
    expect(quotesOf(asked).map((q) => [q.type, q.text, q.speaker])).toEqual([['direct', 'Never.', 'Bo Lee']]);
    const pressed = 'The council met.\n\nWhen pressed on the schedule, Ana Ruiz said, “We will see.”';
    expect(quotesOf(pressed).map((q) => [q.type, q.text])).toEqual([['direct', 'We will see.']]);
    // A clause that opens with a gerund is content: "Defending the budget is hard work, Ruiz said."
    const gerund = 'The council met.\n\nDefending the budget is hard work, Ana Ruiz said.';
    expect(quotesOf(gerund).map((q) => [q.type, q.text, q.speaker, q.start])).toEqual([['indirect', 'Defending the budget is hard work', 'Ana Ruiz', at(gerund, 'Defending')]]);
    // … even when the gerund names an occasion: "Writing the budget took months".
    const writing = 'The council met.\n\nWriting the budget took months, Ana Ruiz said.';
    expect(quotesOf(writing).map((q) => [q.type, q.text])).toEqual([['indirect', 'Writing the budget took months']]);
  });
});

describe('reported content around a quoted title', () => {
  test('content that opens a quoted slogan ends with its closing mark, not inside it', () => {
    const text = 'The race tightened. She said she would campaign on “Jobs For Ohio.”';
    expect(quotesOf(text).find((q) => q.type === 'indirect')).toMatchObject({ text: 'she would campaign on “Jobs For Ohio.”', speaker_mention: 'She', cue: 'said' });
  });
});

describe('"said of X"', () => {
  test('after "said of X" only a that-clause is content; the relative clause about X is the writer’s', () => {
    const text = '“She held the back line together,” Brandt said of defender Ama Osei, who played through a sore knee.\n\nBrandt said of the keeper, who saved two shots, that she was the best on the day.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual(['she was the best on the day']);
  });
});

describe('"call X Y": naming with a complement', () => {
  test('a person calling someone or something a name reports the object and the name', () => {
    const text = 'The debate ran long. Senator Dana Reyes called her rival a reckless gambler with the pension fund.\n\nLater, Mayor Tom Hadley called the new toll road a gift to developers.';
    expect(quote(text, 'her rival')).toMatchObject({
      type: 'indirect', text: 'her rival a reckless gambler with the pension fund', start: at(text, 'her rival'),
      speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', cue: 'called', cue_start: at(text, 'called her'),
    });
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll road a gift to developers', speaker: 'Tom Hadley', cue: 'called', cue_start: at(text, 'called the') });
  });

  test('a bare noun phrase as the object, an adjective as the name: "called rent control a failure", "called the charges baseless"', () => {
    const text = 'The vote was close. The Reyes campaign called the new charges baseless.\n\nTom Hale has called rent control a failure of nerve.\n\nThe governor called snap elections for October.';
    expect(quote(text, 'the new charges')).toMatchObject({ type: 'indirect', text: 'the new charges baseless', speaker_mention: 'The Reyes campaign', cue: 'called' });
    expect(quote(text, 'rent control')).toMatchObject({ type: 'indirect', text: 'rent control a failure of nerve', speaker: 'Tom Hale', cue: 'called' });
    expect(quotesOf(text).filter((q) => q.text.startsWith('snap'))).toEqual([]);
  });

  test('phoning, summoning, idioms and naming groups report nothing', () => {
    const text = 'The storm hit at dawn. Ann Bell called the police at noon.\n\nTom Reed called a vote on the budget.\n\nThe crew called it a day after ten hours.\n\nA group called Friends of the Pier met on Tuesday.\n\nHe called her on Tuesday about the lease.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([]);
  });

  test('the object of a cue in a subordinate clause ends before the main clause', () => {
    const text = 'The race tightened. While Senator Ada Moss opposed the new levy on fuel, Governor Tom Reed signed it into law.\n\nAsked about Reed calling her a coward last week, Moss laughed.';
    expect(quote(text, 'the new levy')).toMatchObject({ type: 'indirect', text: 'the new levy on fuel', speaker: 'Ada Moss', cue: 'opposed' });
    expect(quote(text, 'her a coward')).toMatchObject({ type: 'indirect', text: 'her a coward last week', speaker: 'Tom Reed', speaker_mention: 'Reed', cue: 'calling' });
  });
});

describe('report nouns: "her claim that …"', () => {
  test('a report noun\'s that-clause is its owner\'s report: a possessive pronoun or a genitive, over a time phrase', () => {
    const text = 'The vote was close. Senator Dana Reyes said the count was late. The clerk disputed her claim that the county had lost the ballots.\n\nThe council rejected Mayor Tom Hadley’s warning on Friday that the bridge would close in May.';
    expect(quote(text, 'the county had')).toMatchObject({
      type: 'indirect', text: 'the county had lost the ballots', start: at(text, 'the county had'),
      speaker: 'Dana Reyes', speaker_mention: 'her', speaker_start: at(text, 'her claim'), cue: 'claim', cue_start: at(text, 'claim'),
    });
    // (Restating her own claim, the subject speaks and the verb is the cue: own-report.ts.)
    const restated = 'Senator Dana Reyes repeated her claim that the county had lost the ballots.';
    expect(quote(restated, 'the county had')).toMatchObject({ type: 'indirect', speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', cue: 'repeated' });
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', text: 'the bridge would close in May', speaker: 'Tom Hadley', speaker_mention: 'Tom Hadley', cue: 'warning', cue_start: at(text, 'warning') });
  });

  test('a relative clause on the noun is no content: "the claim that he made", "the claim that was filed"', () => {
    const text = 'The vote was close. The judge dismissed his claim that he made on Monday.\n\nThe claim that was filed in court is false.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['his claim that he made on Monday']);
  });
});

describe('an answer withheld: "X would not say whether …"', () => {
  test('a negated verb of telling before a question word reports the question left open', () => {
    const text = 'The vote was close. Senator Dana Reyes would not say whether she would run again.\n\nThe mayor’s office has not disclosed how much the new pier will cost.';
    expect(quote(text, 'whether she')).toMatchObject({
      type: 'indirect', text: 'whether she would run again', start: at(text, 'whether'),
      speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', cue: 'say', cue_start: at(text, 'say whether'),
    });
    expect(quote(text, 'how much')).toMatchObject({ type: 'indirect', text: 'how much the new pier will cost', cue: 'disclosed' });
  });

  test('without a question word, what was not said reports nothing', () => {
    const text = 'The vote was close. Senator Dana Reyes did not say she would run again.\n\nTom Hale never told the board about the loan.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([]);
  });
});

describe('speakers described by whom they are close to', () => {
  test('"a friend close to her", "an aide to the senator": the description with its preposition is the speaker', () => {
    const text = 'The senators met. The bill will stall in the House, a friend close to her said.\n\nThe deal is off, an aide to the senator said.';
    expect(quote(text, 'The bill will')).toMatchObject({ type: 'indirect', text: 'The bill will stall in the House', speaker_mention: 'a friend close to her', speaker_start: at(text, 'a friend'), speaker_kind: 'anonymous', cue: 'said' });
    expect(quote(text, 'The deal')).toMatchObject({ type: 'indirect', text: 'The deal is off', speaker_mention: 'an aide to the senator', cue: 'said' });
  });

  test('a pronoun object in the reported clause is not the speaker', () => {
    const text = 'The senators met. The mayor handed the keys to him, officials said.';
    expect(quote(text, 'The mayor handed')).toMatchObject({ type: 'indirect', text: 'The mayor handed the keys to him', speaker_mention: 'officials', cue: 'said' });
  });
});

describe('adverbials between the cue and "that"', () => {
  test('an aside between dashes and a hyphenated noun are stepped over', () => {
    const text = 'The fair opened. Tom Reed said — on the radio, as it happens — that the fair raised about $4 million.\n\nAnn Bell wrote in a Ledger op-ed that she had drafted the memo herself.';
    expect(quote(text, 'the fair raised')).toMatchObject({ type: 'indirect', text: 'the fair raised about $4 million', speaker: 'Tom Reed', cue: 'said', cue_start: at(text, 'said') });
    expect(quote(text, 'she had drafted')).toMatchObject({ type: 'indirect', text: 'she had drafted the memo herself', speaker: 'Ann Bell', cue: 'wrote', cue_start: at(text, 'wrote') });
  });
});

describe('passive speech acts with their agent', () => {
  test('"X was criticized by Y for …": the agent is the speaker, the sentence the content', () => {
    const text = 'The vote was close. The harbor plan has been criticized by two council members for its cost.';
    expect(quote(text, 'The harbor plan')).toMatchObject({
      type: 'indirect', text: 'The harbor plan has been criticized by two council members for its cost', start: at(text, 'The harbor'),
      speaker_mention: 'two council members', speaker_start: at(text, 'two council'), cue: 'criticized', cue_start: at(text, 'criticized'),
    });
  });

  test('an agent that does not speak, or none, makes no report', () => {
    const text = 'The vote was close. The harbor plan was rejected by a large margin in May.\n\nThe old pier was attacked by termites last year.\n\nThe mayor was criticized for the delay.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([]);
  });
});

describe('what "asked" asks', () => {
  test('a topic and an act requested with its hearer, up to the clause end; a thing requested is no report', () => {
    const text = 'The race is close. Radio host Tom Hale asked Reyes about remarks she had made the night before.\n\nAt one point, a voter asked for a recount in the county.\n\nAnn Bell asked the council members to release the files.';
    expect(quote(text, 'about remarks')).toMatchObject({ type: 'indirect', text: 'about remarks she had made the night before', speaker: 'Tom Hale', cue: 'asked' });
    expect(quotesOf(text).filter((q) => q.text.includes('recount'))).toEqual([]);
    expect(quote(text, 'the council members')).toMatchObject({ type: 'indirect', text: 'the council members to release the files', speaker: 'Ann Bell', cue: 'asked', start: text.indexOf('the council members'), end: text.indexOf('.', text.indexOf('the council members')) });
  });

  test('"asked for", "asking for": the thing or act requested is no report; a question after "asked" still is', () => {
    const text = 'The singer Rosa Vance has asked for her photograph to be taken down from the gallery.\n\nHundreds of fans wrote back asking for a second concert.\n\nThe mayor, Ines Korr, asked whether the hall could open earlier.';
    expect(quotesOf(text).filter((q) => /photograph|second concert/.test(q.text))).toEqual([]);
    expect(quote(text, 'whether the hall')).toMatchObject({ type: 'indirect', text: 'whether the hall could open earlier', speaker: 'Ines Korr', cue: 'asked' });
  });

  test('the main clause after an "asked" clause is not what was asked', () => {
    const text = 'The race is close. When the Ledger asked about the comments, the manager said nothing.';
    expect(quotesOf(text).filter((q) => q.text.startsWith('the manager'))).toEqual([]);
  });
});

describe('reports whose owner goes unnamed: "there were reports that …"', () => {
  test('an existential report noun reports its that-clause, the noun phrase as the source', () => {
    const text = 'The town met on Monday. There were reports this spring that the mayor had sold the farm.\n\nThere have been numerous complaints that the pier is unsafe.';
    expect(quote(text, 'the mayor had')).toMatchObject({ type: 'indirect', text: 'the mayor had sold the farm', speaker_mention: 'reports', speaker_start: at(text, 'reports'), cue: 'reports' });
    expect(quote(text, 'the pier is')).toMatchObject({ type: 'indirect', text: 'the pier is unsafe', speaker_mention: 'numerous complaints', cue: 'complaints' });
  });

  test('a report noun with no owner and no "there" reports nothing', () => {
    const text = 'The town met on Monday. The reports that were filed in May are missing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"spoke about / of X"', () => {
  test('speaking about or of something reports what was spoken of', () => {
    const text = 'The town met. Senator Dana Reyes spoke about the cost of a new bridge over the river.\n\nLater, Tom Hale spoke of his early years on the farm.';
    expect(quote(text, 'the cost')).toMatchObject({ type: 'indirect', text: 'the cost of a new bridge over the river', speaker: 'Dana Reyes', cue: 'spoke about', cue_start: at(text, 'spoke about') });
    expect(quote(text, 'his early years')).toMatchObject({ type: 'indirect', text: 'his early years on the farm', speaker: 'Tom Hale', cue: 'spoke of' });
  });

  test('speaking to someone or somewhere reports nothing', () => {
    const text = 'The town met. Senator Dana Reyes spoke to reporters after the vote.\n\nTom Hale spoke at the rally on Monday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('more than one object cue in a sentence', () => {
  test('a later object cue has its own object, and a coordinated one shares the speaker: "X attacked A, and has called for B"', () => {
    const text = 'The vote was close. Tom Hale has attacked tax breaks for the rich, and has called for ending the break on carried interest.';
    expect(quote(text, 'tax breaks')).toMatchObject({ type: 'indirect', text: 'tax breaks for the rich', speaker: 'Tom Hale', cue: 'attacked' });
    expect(quote(text, 'ending the break')).toMatchObject({ type: 'indirect', text: 'ending the break on carried interest', speaker: 'Tom Hale', cue: 'called for', cue_start: at(text, 'called for') });
  });
});

describe('stated attitudes: "X has been critical of …", "X was adamant that …"', () => {
  test('a person\'s attitude of criticism or certainty reports what it is about', () => {
    const text = 'The vote was close. Senator Dana Reyes has been critical of the new levy on fuel.\n\nHer aides were adamant that she would not run again.';
    expect(quote(text, 'the new levy')).toMatchObject({ type: 'indirect', text: 'the new levy on fuel', speaker: 'Dana Reyes', cue: 'critical of', cue_start: at(text, 'critical') });
    expect(quote(text, 'she would not')).toMatchObject({ type: 'indirect', text: 'she would not run again', speaker_mention: 'Her aides', cue: 'adamant that' });
  });

  test('other attitudes, and a document\'s, report nothing', () => {
    const text = 'The vote was close. Tom Hale was proud of his record.\n\nThe audit was critical of the agency.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('report verbs the tagger reads as plural nouns', () => {
  test('"some critics fear the …", "unions claim it …": a plural subject, the plain form, then a clause', () => {
    const text = 'The vote was close. Some farmers fear the new toll will drive trade away from the port.';
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll will drive trade away from the port', speaker_mention: 'Some farmers', cue: 'fear' });
  });

  test('the noun before a preposition reports nothing: "the workers fear of layoffs"', () => {
    const text = 'The vote was close. The workers fear of layoffs grew in May.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"hopes to …"', () => {
  test('a person hoping to act reports the act', () => {
    const text = 'The vote was close. Senator Dana Reyes hopes to win the northern counties by a wide margin.';
    expect(quote(text, 'win the northern')).toMatchObject({ type: 'indirect', text: 'win the northern counties by a wide margin', speaker: 'Dana Reyes', cue: 'hopes to', cue_start: at(text, 'hopes') });
  });

  test('"hoped for" and a hope held by no person report nothing', () => {
    const text = 'The vote was close. Tom Hale hoped for rain.\n\nThe new levy hopes to raise funds for the pier.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('intentions with an infinitive: "intends to", "aims to", "expects to", "offered to"', () => {
  test('a person intending an act reports it', () => {
    const text = 'The vote was close. Senator Dana Reyes intends to file the bill in May.';
    expect(quote(text, 'file the bill')).toMatchObject({ type: 'indirect', text: 'file the bill in May', speaker: 'Dana Reyes', cue: 'intends to' });
  });

  test('a decision taken reports the act decided: "decided to …"', () => {
    const text = 'The ferry ran late all week. Mayor Lena Voss decided to close the north pier until March.\n\nThe harbour board decided on Friday.';
    expect(quote(text, 'close the north')).toMatchObject({ type: 'indirect', text: 'close the north pier until March', speaker: 'Lena Voss', cue: 'decided to', cue_start: at(text, 'decided to') });
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(1);
  });

  test('an intention others expect of someone, or one the writer suggests, reports nothing', () => {
    const text = 'The vote was close. Tom Hale is not expected to attend the hearing.\n\nAnn Bell may hope to win the runoff.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"wants to", "seeks to", "plans to"', () => {
  test('a stated aim with an infinitive reports the act aimed at', () => {
    const text = 'The vote was close. Senator Dana Reyes wants to move the depot to the east side.\n\nThe board sought to delay the vote until May.';
    expect(quote(text, 'move the depot')).toMatchObject({ type: 'indirect', text: 'move the depot to the east side', speaker: 'Dana Reyes', cue: 'wants to' });
    expect(quote(text, 'delay the vote')).toMatchObject({ type: 'indirect', text: 'delay the vote until May', speaker_mention: 'The board', cue: 'sought to' });
  });

  test('advice from the writer reports nothing; a want with a noun phrase is the thing wanted (bare_object_cues)', () => {
    const text = 'The vote was close. Reyes might want to check the county figures again.\n\nTom Hale wants a new depot on the east side.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([{ text: 'a new depot on the east side', speaker: 'Tom Hale', cue: 'wants' }]);
  });
});

describe('a day between a cue and its particle', () => {
  test('"called Friday for …" is "called for" with its day', () => {
    const text = 'The vote was close. Governor Ann Bell called Friday for an audit of the harbor fund.';
    expect(quote(text, 'an audit')).toMatchObject({ type: 'indirect', text: 'an audit of the harbor fund', speaker: 'Ann Bell', cue: 'called Friday for', cue_start: at(text, 'called') });
  });
});

describe('contracted "is" in the reported clause', () => {
  test('"X said it\'s …" and "X said that\'s …" report the clause', () => {
    const text = 'The photo hung in the hall.\n\nGil Parker said it’s the best of his pictures.\n\nAnn Bell said that\'s the plan for the harbor.';
    expect(quote(text, 'it’s the best')).toMatchObject({ type: 'indirect', text: 'it’s the best of his pictures', start: at(text, 'it’s the best'), speaker: 'Gil Parker', cue: 'said' });
    expect(quote(text, "that's the plan")).toMatchObject({ type: 'indirect', text: "that's the plan for the harbor", speaker: 'Ann Bell', cue: 'said' });
  });
});

describe('"CLAUSE, according to X" with a long source', () => {
  test('a source whose name is only part of the phrase, or followed by a dash aside, still closes the sentence', () => {
    const text = 'The race tightened.\n\nReed leads the pack in the state with 22%, according to a Harbor College/Daily Ledger poll released Sunday.\n\nReed is trailing Moss by nine points, according to the Ledger average in Ohio - despite a win there in May.';
    expect(quote(text, 'Reed leads')).toMatchObject({ type: 'indirect', text: 'Reed leads the pack in the state with 22%', start: at(text, 'Reed leads'), cue: 'according to' });
    expect(quote(text, 'Reed is trailing')).toMatchObject({ type: 'indirect', text: 'Reed is trailing Moss by nine points', cue: 'according to', speaker_mention: 'the Ledger average' });
  });

  test('a frame that closes a dash aside reports nothing of the sentence around it', () => {
    const text = 'The race tightened.\n\nMany voters - half of the primary electorate, according to a spring survey - stayed home in May.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).not.toContain('Many voters - half of the primary electorate');
  });
});

describe('a name given in two words: "called him divisive"', () => {
  test('a pronoun object and a one-word name are reported like longer ones', () => {
    const text = 'The vote was close.\n\nIn a sharp speech, Sen. Ann Reyes called him divisive.\n\nTom Hale called them thieves.';
    expect(quote(text, 'him divisive')).toMatchObject({ type: 'indirect', text: 'him divisive', speaker: 'Ann Reyes', cue: 'called', cue_start: at(text, 'called') });
    expect(quote(text, 'them thieves')).toMatchObject({ type: 'indirect', speaker: 'Tom Hale', cue: 'called' });
  });

  test('phoning and summoning in two words stay no report', () => {
    const text = 'The vote was close.\n\nTom Hale called them yesterday.\n\nAnn Reyes called the police.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"called out X": criticism by name', () => {
  test('"called out" reports whom it names, with the cue in two words', () => {
    const text = 'The vote was close.\n\nSen. Ann Reyes called out her rival Tom Hale for ignoring farmers.';
    expect(quote(text, 'her rival')).toMatchObject({ type: 'indirect', text: 'her rival Tom Hale for ignoring farmers', speaker: 'Ann Reyes', cue: 'called out' });
  });
});

describe('report nouns: an aside between dashes', () => {
  test('the that-clause goes on over the aside: "her claim that the ferry — built in 1990 — is unsafe"', () => {
    const text = 'The hearing ran late. Councillor Rita Voss repeated her claim that the old ferry — built in 1990 — is unsafe; the board disagreed.';
    expect(quote(text, 'the old ferry')).toMatchObject({
      type: 'indirect', text: 'the old ferry — built in 1990 — is unsafe', start: at(text, 'the old ferry'), speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'repeated', cue_start: at(text, 'repeated'),
    });
  });

  test('a dash closing the clause still ends it: "her claim that the ferry is unsafe — a claim …"', () => {
    const text = 'The hearing ran late. Councillor Rita Voss repeated her claim that the old ferry is unsafe — a claim the board disputes.';
    expect(quote(text, 'the old ferry')).toMatchObject({ type: 'indirect', text: 'the old ferry is unsafe', speaker: 'Rita Voss', cue: 'repeated' });
  });

  test('a pair of dashes after a finished clause ends it: "her claim that the pier is safe — a view … — was disputed"', () => {
    const text = 'The hearing ran late. Councillor Rita Voss repeated her claim that the pier is safe — a view the board shares — and engineers disagreed.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier is safe', speaker: 'Rita Voss', cue: 'repeated' });
  });
});
