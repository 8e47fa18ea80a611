import { readDataFile } from './data-file.js';

export interface CuePhrase {
  words: string[];
  /** according: "according to X"; medium: "in a statement" (not a cue alone); speech: a speech verb of several words. */
  kind: 'according' | 'medium' | 'speech';
  /** A source phrase that counts only right before a quotation, its source ending in a comma next to the opening mark ("in the words of X, “…”"). */
  before_quotation?: boolean;
}

interface CueData {
  speech: string[];
  weak: string[];
  report: string[];
  outlet_reports: string[];
  judging_reports: string[];
  motive_beliefs: string[];
  judging_subjects: string[];
  report_nouns: string[];
  attitude_adjectives: Record<string, string[]>;
  attitude_infinitives: string[];
  rescue_call_objects: string[];
  stance_nouns: Record<string, string[]>;
  owned_stance_nouns: Record<string, string[]>;
  owned_stance_idioms: Record<string, string[]>;
  put_forward_stance_nouns: string[];
  synopsis_work_nouns: string[];
  synopsis_discovery_cues: string[];
  synopsis_desire_cues: string[];
  put_forward_verbs: string[];
  view_nouns: string[];
  to_holder_idioms: string[];
  to_view_verbs: string[];
  to_view_as_verbs: string[];
  agent_nouns: string[];
  adjunct_prepositions: string[];
  judging_adverbs: string[];
  revealing_amounts: string[];
  evaluative_adverbs: string[];
  speech_act_nouns: Record<string, string[]>;
  quotation_complement_nouns: Record<string, string[]>;
  own_report_verbs: string[];
  object_control: string[];
  phrases: CuePhrase[];
  report_phrases: CuePhrase[];
  not_cues_when_followed_by: Record<string, string[]>;
  moved_when_followed_by: Record<string, string[]>;
  object_cue_particles: Record<string, string[]>;
  demand_particles: Record<string, string[]>;
  bare_object_cues: string[];
  gesture_phrases: string[];
  bare_object_needs: string[];
  participle_prepositions: string[];
  to_takes_noun: string[];
  weak_as_only: string[];
  weak_it_only: Record<string, string[]>;
  causal_object_cues: string[];
  clause_opening_prepositions: string[];
  infinitive_stances: Record<string, string[]>;
  plain_stances: string[];
  past_stances: Record<string, string>;
  that_only_noun_cues: string[];
  that_only_speech_reports: string[];
  withheld_detail_verbs: string[];
  refusal_verbs: string[];
  passive_charge_prepositions: Record<string, string[]>;
  refused_speech_acts: string[];
  refused_giving_verbs: string[];
  refused_detail_objects: string[];
  refused_act_particles: string[];
  evidence_giving_verbs: string[];
  relative_shares: string[];
  clause_reports: string[];
  anonymity_participles: string[];
  withheld_name_participles: string[];
  relative_after_prepositions: string[];
  object_cue_other_senses: Record<string, string[]>;
  person_object_other_senses: string[];
  document_citing_verbs: string[];
  object_cue_purchases: Record<string, string[]>;
  agreed_transactions: string[];
  work_event_nouns: string[];
  stage_event_nouns: string[];
  credit_phrases: string[];
  permission_participles: string[];
  permitted_speech_verbs: string[];
  people_nouns: string[];
  quantified_speakers: { alone: string[]; single: string[]; ordinals: string[]; of_pronouns: string[]; shares: string[]; openers: string[] };
  place_names: string[];
  region_names: string[];
  place_name_words: string[];
  travel_verbs: string[];
  acknowledging_verbs: string[];
  headline_verbs: string[];
  headline_infinitive_verbs: string[];
  headline_adverbs: string[];
  headline_label_prepositions: string[];
  headline_audience_verbs: string[];
  headline_kickers: string[];
  transcript_non_speakers: string[];
  interview_labels: { question: string[]; answer: string[] };
  interview_verbs: string[];
  written_to_nouns: string[];
  addressed_to_verbs: string[];
  presenter_nouns: string[];
  station_staff_nouns: string[];
  on_air_phrases: string[];
  venue_phrases: string[];
  written_cues: string[];
  posted_cues: string[];
  mention_nouns: string[];
  debate_nouns: string[];
  raised_concern_nouns: string[];
  fraction_words: string[];
  count_nouns: string[];
  own_caption_nouns: string[];
  shown_word_things: string[];
  showing_verbs: string[];
  shown_media_nouns: string[];
  own_words_nouns: string[];
  outlet_report_nouns: string[];
  outlet_voice_pieces: string[];
  set_phrase_nouns: string[];
  set_phrase_line_modifiers: string[];
  set_phrase_cry_modifiers: string[];
  set_phrase_adjectives: string[];
  sung_work_nouns: string[];
  inscription_nouns: string[];
  object_prepositions: string[];
  inscribing_words: string[];
  thing_label_participles: string[];
  title_naming_words: string[];
  talk_show_words: string[];
  work_involvement_nouns: string[];
  nickname_words: string[];
  term_label_words: string[];
  colon_gesture_verbs: string[];
  alias_openers: string[];
  indefinite_said_objects: string[];
  nickname_audiences: string[];
  label_nouns: string[];
  code_name_words: string[];
  performed_work_words: string[];
  fact_nouns: string[];
  tabled_not_said: string[];
  view_passives: Record<string, string[]>;
  declared_states: string[];
  declared_results: string[];
  told_thing_nouns: string[];
  word_using_verbs: string[];
  occasion_words: string[];
  source_document_nouns: string[];
  account_standard_nouns: string[];
  account_source_nouns: string[];
  piece_nouns: string[];
  occasion_leads: string[];
  presence_phrases: string[];
  addressing_verbs: string[];
  perception_participles: string[];
  occasion_places: string[];
  occasion_place_idioms: string[];
  other_occasion_words: string[];
  after_occasion_words: string[];
  earlier_time_words: string[];
  later_time_words: string[];
  report_gloss_nouns: string[];
  speaking_verb_forms: string[];
  irregular_cue_pasts: Record<string, string>;
  translation_nouns: string[];
  hearer_then_that_cues: string[];
  speaking_verb_adverbs: string[];
  occasion_participles: string[];
  on_occasion_nouns: string[];
  on_occasion_phrase_ends: string[];
  set_off_non_occasion_heads: string[];
  set_off_group_heads: string[];
  set_off_group_prepositions: string[];
  earlier_time_adverbs: string[];
  subject_asides: string[];
  subject_place_prepositions: string[];
  description_place_prepositions: string[];
  title_speech_words: string[];
  outlet_kind_nationalities: string[];
  nationality_nouns: string[];
  thing_name_openers: string[];
  person_subject_verbs: string[];
  person_meeting_verbs: string[];
  motion_verbs: string[];
  motion_prepositions: string[];
  relative_time_nouns: string[];
  outlet_reviewer_nouns: string[];
  leaked_document_nouns: string[];
  rule_document_nouns: string[];
  authorship_participles: string[];
  leaked_document_verbs: string[];
  leaked_document_share_verbs: string[];
  document_speech_verbs: string[];
  unnamed_source_nouns: string[][];
  programme_people_words: string[];
  role_duration_units: string[];
  excerpt_nouns: string[];
  exchange_opener_words: string[];
  time_clause_openers: string[];
  turn_taking_actions: string[];
  asking_verbs: string[];
  as_it_verbs: string[];
  relative_label_verbs: string[];
  as_label_verbs: string[];
  summing_apposition_nouns: string[];
  judging_report_nouns: Record<string, string>;
  question_words: string[];
  question_topic_words: string[];
  audience_nouns: string[];
  media_audience_nouns: string[];
  remote_join_words: string[];
  episode_nouns: string[];
  segment_role_nouns: string[];
  segment_role_not_before: string[];
  segment_setting_words: string[];
  segment_leaving_adjectives: string[];
  episode_talk_words: string[];
  interview_notes: string[];
  examination_nouns: string[];
  examination_verbs: string[];
  examination_court_words: string[];
  transcript_roles: string[];
  role_titles: Record<string, string[]>;
  role_affiliations: string[];
  news_agencies: string[];
  compound_roles: string[];
  rank_grades: Record<string, string>;
  party_tags: Record<string, string[]>;
  state_abbreviations: Record<string, string>;
  go_between_roles: string[];
  go_between_trades: string[];
  role_owner_nouns: string[];
  role_usual_owners: Record<string, string[]>;
  name_titles: string[];
  office_name_words: string[];
  label_function_words: string[];
  verdict_nouns: string[];
  manner_of_speaking_adjectives: string[];
  passive_adverbs: string[];
}

export interface CueLexicon {
  speech: Set<string>;
  /** Speech verbs only when the quotation sits inside their clause. */
  weak: Set<string>;
  report: Set<string>;
  /** Report verbs only with an outlet as subject: "Deadline hears that …" (cues.json outlet_reports). */
  outletReports: Set<string>;
  /** Report verbs only with a judging subject and a that-clause: "the judge ruled that …" (cues.json judging_reports). */
  /** "because they believed …": verbs of belief that give a motive after because (cues.json motive_beliefs). */
  motiveBeliefs: Set<string>;
  judgingReports: Set<string>;
  /** Who gives a ruling: "judge", "court", "tribunal" (cues.json judging_subjects). */
  judgingSubjects: Set<string>;
  /** Nouns whose that-clause is a report of their owner's: "his claim that …". */
  reportNouns: Set<string>;
  /** Adjectives of a stated attitude and the words that take its content: "critical" → "of" ("critical of the levy"). */
  attitudes: Map<string, Set<string>>;
  /** Adjectives of a stated attitude whose "to" opens an infinitive: "eager to sell the depot". */
  attitudeInfinitives: Set<string>;
  /** Nouns of a stance held and the words that take what it is about: "critic" → "of" ("a vocal critic of the levy"). */
  stanceNouns: Map<string, Set<string>>;
  /** Nouns of a stance its owner holds and the words that take what it is about: "support" → "for" ("his support for the levy"). */
  ownedStanceNouns: Map<string, Set<string>>;
  ownedStanceIdioms: Map<string, Set<string>>;
  /** Owned stance nouns for a plan put forward, no report as the object of a verb acting on it: "blocked the mayor's plan to …". */
  putForwardStanceNouns: Set<string>;
  /** Works whose plot "In the film, …" tells, and the discovery cues that are a character's there. */
  synopsisWorkNouns: Set<string>;
  synopsisDiscoveryCues: Set<string>;
  synopsisDesireCues: Set<string>;
  /** Verbs whose object plan stays a report: "announced his plan to run". */
  putForwardVerbs: Set<string>;
  /** Nouns of an opinion whose owner holds the clause around "in her view". */
  viewNouns: Set<string>;
  /** Set phrases after an opening "To" that name no one whose view the clause is: "To a person, …" (cues.json to_holder_idioms). */
  toHolderIdioms: Set<string>;
  /** Copulas and verbs of seeming or meaning whose clause after an opening "To X," is X's view: "To her, the levy is a tax" (cues.json to_view_verbs). */
  toViewVerbs: Set<string>;
  /** Verbs whose clause after an opening "To X," is X's view only before as/like: "To critics, the ruling reads as a retreat" (cues.json to_view_as_verbs). */
  toViewAsVerbs: Set<string>;
  /** Nouns for a doer that may open a reported clause and speak in it (cues.json agent_nouns). */
  agentNouns: Set<string>;
  /** Prepositions opening an adverbial of time, place or means, which is never a report's whole content (cues.json adjunct_prepositions). */
  adjunctPrepositions: Set<string>;
  /** Adverbs that give a judgment after a verb of regarding and its object: "view the mayor favorably". */
  judgingAdverbs: Set<string>;
  /** Amounts that make say/speak/tell mean reveal ("said as much about"), each as its words. */
  revealingAmounts: string[][];
  evaluativeAdverbs: Set<string>;
  /** What a call is for when it asks for rescue, not for a thing said: "a call for help" (cues.json rescue_call_objects). */
  rescueCallObjects: Set<string>;
  /** Nouns of speech that "make", "give" or "deliver" turn into a speech act, and the words that take its content: "made a plea for …". */
  speechActNouns: Map<string, Set<string>>;
  /** Speech-act nouns whose owner speaks the words quoted in their complement, with its opening words: "call" → "for". */
  quotationComplementNouns: Map<string, Set<string>>;
  /** Verbs of voicing again or standing by one's own report, by lemma, each with the particle lists that may follow it ("stand" → [["by"]]). */
  ownReportVerbs: Map<string, string[][]>;
  /** Verbs whose object does what their infinitive says: "persuaded the mayor to endorse …". */
  objectControl: Set<string>;
  /** Multi-word cues by their first word: "according to", "in a statement", "shot back". */
  phrases: Map<string, CuePhrase[]>;
  notCueBefore: Map<string, Set<string>>;
  /** Object cues that move a thing when their short object is followed by one of these: "backed the truck into …". */
  movedBefore: Map<string, Set<string>>;
  /** Object cues that take their object after a particle only, and those particles: "call" → "for", "on", … */
  objectParticles: Map<string, Set<string>>;
  /** Object cues whose particle asks for something, where a short object is content: "called for calm". */
  demandParticles: Map<string, Set<string>>;
  bareObjectCues: Set<string>;
  /** "point at", "wave to": a participle and preposition after a quotation's frame that make a gesture. */
  gesturePhrases: Set<string>;
  /** Head nouns of a thing wanted or sought that is a need, no stance: "shelter", "a coffee". */
  bareObjectNeeds: Set<string>;
  participlePrepositions: Set<string>;
  /** Object cues whose "to" takes a noun phrase: "referring to the report". */
  toTakesNoun: Set<string>;
  /** Weak cues that give their subject the words only as "VERB to X as “…”": "referred to the pier as “…”". */
  weakAsOnly: Set<string>;
  weakItOnly: Map<string, Set<string>>;
  /** Object cues that things do as often as people: "the toll encouraged crews to …". */
  causalObjectCues: Set<string>;
  /** Words tagged as prepositions that open a clause, so a name after them may be its subject: "as Okafor plans to …". */
  clauseOpeningPrepositions: Set<string>;
  /** Object cues whose "to" infinitive states the stance, and infinitives of effort that do not: "push" → "reach". */
  infinitiveStances: Map<string, Set<string>>;
  /** Stances whose plain form the tagger reads as a noun after a group: "Two-thirds support the levy". */
  plainStances: Set<string>;
  /** Past forms of stances the tagger reads as adjectives after a group, to their lemma: "preferred" → "prefer". */
  pastStances: Map<string, string>;
  /** Cues read as plural nouns that are cues only before "that": "estimates that …", not "estimates of". */
  thatOnlyNounCues: Set<string>;
  /** "replied that …", "answered that …": speech verbs that report a clause only right before "that". */
  thatOnlySpeechReports: Set<string>;
  withheldDetailVerbs: Set<string>;
  /** Verbs of refusing (lemmas) whose infinitive or object names what was withheld: "decline", "refuse". */
  refusalVerbs: Set<string>;
  /** "was accused by X of …": the preposition (by cue lemma) after a passive agent that opens the charge. */
  passiveChargePrepositions: Map<string, Set<string>>;
  /** What "declined to" withholds when it names only the speaking: "comment", "elaborate". */
  refusedSpeechActs: Set<string>;
  /** Refused acts ("give", "provide") that withhold speech only with one of refusedDetailObjects as object. */
  refusedGivingVerbs: Set<string>;
  refusedDetailObjects: Set<string>;
  /** "give up", "identify with": a word after the act that makes it no speech act. */
  refusedActParticles: Set<string>;
  evidenceGivingVerbs: Set<string>;
  /** Shares of a group that open a relative "of whom": "most of whom said …". */
  relativeShares: Set<string>;
  /** Speech verbs that report only a clause after them or before them: "boasted that …", not "the town boasts a pier". */
  clauseReports: Set<string>;
  /** Participles that make "asked not to be …" a request for anonymity: "named", "identified". */
  anonymityParticiples: Set<string>;
  /** "asked that her name not be used": participles withholding a name (cues.json withheld_name_participles). */
  withheldNameParticiples: Set<string>;
  /** Prepositions of the place or medium of speaking whose noun a relative "that" may follow: "in a post that has …". */
  relativeAfterPrepositions: Set<string>;
  /** Object cues and the object head nouns that give them a sense that is no speech: "voiced characters". */
  objectCueOtherSenses: Map<string, Set<string>>;
  /** Object cues whose person object gives a sense that is no speech: "questioned the driver" (cues.json person_object_other_senses). */
  personObjectOtherSenses: Set<string>;
  /** Verbs bringing up someone else's document: "referred to a report that called …" (cues.json document_citing_verbs). */
  documentCitingVerbs: Set<string>;
  /** Object cues whose bare noun object is no speech when it heads on a thing bought, and those nouns: "ordered a plate of oysters", not "ordered a review". */
  objectCuePurchases: Map<string, Set<string>>;
  /** Infinitives that make "agreed to …" a transaction: "agreed to buy the studio". */
  agreedTransactions: Set<string>;
  /** Nouns of an event or a piece of a work, before a preposition and its title: "the launch of", "a still from". */
  workEventNouns: Set<string>;
  /** Nouns of an event of a staged work, before a preposition and its title: "a rehearsal for", "a revival of". */
  stageEventNouns: Set<string>;
  /** Credits after a title: "starring", "directed by" (lower case, sequences of words). */
  creditPhrases: string[];
  /** "not authorized to discuss": participles of permission before "to" and a speech verb, which is then no cue. */
  permissionParticiples: Set<string>;
  /** "not authorized to speak": the verbs after a permission that make it a source's reason to stay unnamed. */
  permittedSpeechVerbs: Set<string>;
  /** Nouns for people that can head a speaker description: "the donors", "harbour pilots". */
  peopleNouns: Set<string>;
  /** Words picking members of a group as a speaker: "one of them", "another", "a third". */
  quantifiedSpeakers: { alone: Set<string>; single: Set<string>; ordinals: Set<string>; ofPronouns: Set<string>; shares: Set<string>; openers: Set<string> };
  /** Countries, states and regions, and other countries' counties and provinces: a speaker by such a name is no antecedent of "he" or "she". */
  placeNames: Set<string>;
  /** Words that make up names of places and public bodies: "city", "new", "university". */
  placeNameWords: Set<string>;
  /** Verbs of travel whose "from"/"to" takes a place: "had flown from Oslo", "moved to Lyon". */
  travelVerbs: Set<string>;
  /** Verbs by which a speaker thanks, credits or blames others: "thanked", "credited" (acknowledging_verbs). */
  acknowledgingVerbs: Set<string>;
  /** Report verbs as headlines write them: "Says", "Warned" (lower case). */
  headlineVerbs: Set<string>;
  /** Headline verbs that may report "to" and a verb: "Okafor Vows to Keep Fares Low". */
  headlineInfinitiveVerbs: Set<string>;
  /** Adverbs between a headline's source and verb: "Okafor Now Says". */
  headlineAdverbs: Set<string>;
  /** Prepositions after a label's source naming its topic or audience: "Lee to Council:". */
  headlineLabelPrepositions: Set<string>;
  /** Headline verbs that close a headline before their audience: "…, Okafor Tells Harbour Pilots". */
  headlineAudienceVerbs: Set<string>;
  /** Section labels before a headline's colon, no source: "analysis", "the latest". */
  headlineKickers: Set<string>;
  /** Paragraph labels before a colon that name no speaker: "note", "video". */
  transcriptNonSpeakers: Set<string>;
  /** An interview's labels, "q"/"question" and "a"/"answer". */
  interviewQuestionLabels: Set<string>;
  interviewAnswerLabels: Set<string>;
  /** Words of an interview's introduction before its medium: "spoke with", "interview with". */
  interviewVerbs: Set<string>;
  /** Words sent in writing before "to" and their receiver: "a statement to the paper", "an email to the Ledger". */
  writtenToNouns: Set<string>;
  addressedToVerbs: Set<string>;
  /** Those who front a programme: cues.json presenter_nouns. */
  presenterNouns: Set<string>;
  /** A broadcaster's staff named after it ("WKRN reporter X"): cues.json station_staff_nouns. */
  stationStaffNouns: Set<string>;
  /** "on air", "told viewers", "on * show": cues.json on_air_phrases, as words; * is any one word. */
  onAirPhrases: string[][];
  /** Phrases placing a person in an interview ("spoke", "broke * silence"), as words; * is one possessive word. */
  venuePhrases: string[][];
  /** The same phrases by their first word, for the lookup made at every token. */
  venuePhrasesByFirst: ReadonlyMap<string, string[][]>;
  /** Cues of written or posted words (wrote, posted, tweeted): a text is an occasion of its own. */
  writtenCues: Set<string>;
  /** The written cues of words posted by the speaker's own hand (posted, tweeted, texted): no programme carries them. */
  postedCues: Set<string>;
  /** Nouns that mention a word rather than quote a speaker: the word “closure”, the term “…”. */
  mentionNouns: Set<string>;
  debateNouns: Set<string>;
  /** Nouns of doubt that make "raise" a speech act: raised concerns about …, raised questions over … */
  raisedConcernNouns: Set<string>;
  /** Fractions after a number and a hyphen: two-thirds, three-quarters (a share of people, no measure). */
  fractionWords: Set<string>;
  countNouns: Set<string>;
  ownCaptionNouns: Set<string>;
  shownWordThings: Set<string>;
  showingVerbs: string[];
  shownMediaNouns: Set<string>;
  ownWordsNouns: Set<string>;
  /** Pieces an outlet ran, naming it after in/by/from: "a report in the Gazette". */
  outletReportNouns: Set<string>;
  /** Pieces an outlet runs in its own voice, speaking for it after its possessive: "the Gazette's story claimed". */
  outletVoicePieces: Set<string>;
  /** Nouns naming a set phrase or lines of a work right before them: her catchphrase, “…”. */
  setPhraseNouns: Set<string>;
  /** Words before "line" that make it a set phrase: her signature line, “…”. */
  setPhraseLineModifiers: Set<string>;
  /** Words before "cry" that make it a set phrase: the team's rallying cry, “…”. */
  setPhraseCryModifiers: Set<string>;
  /** Words that make a quotation right after them a phrase someone is known by: his trademark “…”. */
  setPhraseAdjectives: Set<string>;
  /** Things whose written words “read” after a colon: the sign read: “…”. */
  /** Songs, poems and their parts, whose lines "run" or "go": "the chorus, which runs: …". */
  sungWorkNouns: Set<string>;
  inscriptionNouns: Set<string>;
  /** Prepositions whose noun phrase is their object, not a subject: "Under a banner … the mayor read". */
  objectPrepositions: Set<string>;
  /** Nouns of a part in a work before the preposition that takes its title: her role in “…”. */
  workInvolvementNouns: Set<string>;
  /** Words that give the name something goes by before it: nicknamed them “…”, the so-called “…”. */
  nicknameWords: string[];
  /** Words before a quoted term that modifies a noun after it ("the so-called “natural” labeling"): the writer's scare quotes (data/cues.json term_label_words). */
  termLabelWords: string[];
  /** Gesture verbs that introduce speech right before a colon and a quotation (data/cues.json colon_gesture_verbs). */
  colonGestureVerbs: ReadonlySet<string>;
  /** Phrases opening an apposition with another name for the subject: ", known as HTB,", ", also known as …,". */
  aliasOpeners: string[][];
  /** "said something the cameras missed": indefinite objects that are no clause reported. */
  indefiniteSaidObjects: string[][];
  /** Who knows a person by a nickname in apposition: “the Bulldozer” to fans. */
  nicknameAudiences: string[];
  /** Nouns of a line labelling a text before it: the headline “…”, the hashtag “…”. */
  labelNouns: Set<string>;
  /** Words that give a code name or working title before it: code-named “…”. */
  codeNameWords: string[];
  /** Words that name a song or piece played right before its title: hummed “…”, a few bars of “…”. */
  performedWorkWords: string[];
  /** Nouns of evidence and likelihood whose own that-clause follows them: proof that …, the possibility that …. */
  factNouns: Set<string>;
  /** Object cues whose passive with "by" tells who put a thing forward, not words: was proposed by. */
  tabledNotSaid: Set<string>;
  /** Object cues whose passive with "by" is speech only with a view as its subject: concerns were voiced by (cues.json view_passives). */
  viewPassives: Map<string, Set<string>>;
  /** Nouns of a state declared as an act, not said: "declared an emergency" (cues.json declared_states). */
  declaredStates: Set<string>;
  /** Titles an authority declares someone to hold: "declared Lee the winner" (cues.json declared_results). */
  declaredResults: Set<string>;
  /** Things told in place of a hearer: told the story, told a joke. */
  toldThingNouns: Set<string>;
  /** Words that give the text printed on a thing before it: T-shirts reading “…”, mugs printed with “…”. */
  inscribingWords: string[];
  /** "a folder labeled “…”": participles that put a label on the thing named right before them. */
  thingLabelParticiples: Set<string>;
  /** Words before a quoted name that make it a title (titled, called, dubbed). */
  titleNamingWords: Set<string>;
  /** Words of a talk programme: monologue, talk show, first guest. */
  talkShowWords: string[];
  /** Verbs whose subject spoke the word a mention noun names: used the phrase “…”. */
  wordUsingVerbs: Set<string>;
  /** Words that give a quote an occasion of its own (a statement, a post, a crowd, a hearing), lower case. */
  occasionWords: Set<string>;
  /** Records a quote's own sentence may name as its source (according to the minutes): no interview's outlet carries to it. */
  sourceDocumentNouns: Set<string>;
  /** "according to protocol": a standard kept to, not a source (see cues.json). */
  accountStandardNouns: Set<string>;
  /** "according to a poll": a source of findings no person list has (see cues.json). */
  accountSourceNouns: Set<string>;
  /** Pieces an outlet's name may stand before, giving it the words said in them ("in the TVLine interview"). */
  pieceNouns: Set<string>;
  /** Words that make an occasion word after them the quote's occasion (in, on, at, told). */
  occasionLeads: Set<string>;
  /** "standing beside", "seated next to": a speaker placed in person at the story's scene. */
  presencePhrases: string[];
  /** "told", "addressing": verbs of speaking to hearers who are there (cues.json addressing_verbs). */
  addressingVerbs: string[];
  /** "heard", "filmed": passive participles of perceiving someone, whose place or medium after them says nothing. */
  perceptionParticiples: Set<string>;
  /** "told", "tells": the addressing verbs whose object heard the words, not "addressed" (the hall, the crowd). */
  tellingVerbs: Set<string>;
  /** Prepositions placing words at an event or place of their own: "said at the premiere", "during a panel". */
  occasionPlaces: Set<string>;
  /** "at one point", "at length": phrases opening with such a preposition that place nothing. */
  occasionPlaceIdioms: Set<string>;
  /** "in a separate interview", "in another interview": words marking an occasion other than the one before. */
  otherOccasionWords: Set<string>;
  /** Events a sentence opening "After the …," moves the story past (ballot, vote, meeting). */
  afterOccasionWords: Set<string>;
  /** "she said then", "at the time", "back in 2015": words moving the story to an earlier time. */
  earlierTimeWords: Set<string>;
  /** "she said later", "he added afterwards": words right after the cue placing the words at a later occasion. */
  laterTimeWords: Set<string>;
  reportGlossNouns: Set<string>;
  /** "said", "spoke": a narration sentence's verb of speaking, read for the occasion after it. */
  speakingVerbForms: Set<string>;
  /** "wrote" → "write": past forms of cue verbs no suffix rule undoes. */
  irregularCuePasts: Map<string, string>;
  /** "translation": a source after "according to" that only carries someone else's words. */
  translationNouns: Set<string>;
  /** "convinced aides that …": cues whose object may be a hearer before a that-clause (besides the tell-like ones). */
  hearerThenThatCues: Set<string>;
  speakingVerbAdverbs: Set<string>;
  /** "asked on the red carpet", "speaking at the premiere": participles placing a speaker at an occasion (cues.json occasion_participles). */
  occasionParticiples: Set<string>;
  /** "on the red carpet", "on stage": nouns that make an "on" phrase an occasion (cues.json on_occasion_nouns). */
  onOccasionNouns: Set<string>;
  /** "on the red carpet whether …": words that end an on_occasion_nouns phrase (cues.json on_occasion_phrase_ends). */
  onOccasionPhraseEnds: Set<string>;
  /** "Drury, at the time, …", "inside the union": heads of a set-off phrase that name no occasion (cues.json set_off_non_occasion_heads). */
  setOffNonOccasionHeads: Set<string>;
  /** "inside the union" (not "at the party"): group nouns that name no occasion after set_off_group_prepositions (cues.json set_off_group_heads). */
  setOffGroupHeads: Set<string>;
  /** "inside", "within", "among": before a group noun, a group one is in (cues.json set_off_group_prepositions). */
  setOffGroupPrepositions: Set<string>;
  /** Adverbs right before a quote's cue that place the words at another, earlier time ("she once said"). */
  earlierTimeAdverbs: Set<string>;
  /** "Ferry operators, for instance, say": set phrases between commas that stand between a subject and its cue. */
  subjectAsides: Set<string>;
  /** "Ferry operators, in Harlow, say": prepositions opening a place set off by commas between a subject and its cue. */
  subjectPlacePrepositions: Set<string>;
  descriptionPlacePrepositions: Set<string>;
  /** "the German weekly Die Zeit": nationality adjectives that may stand before the kind of an outlet. */
  outletKindNationalities: Set<string>;
  /** Nouns for one person of a nation ("Spaniard", "New Zealander"), as written. */
  nationalityNouns: Set<string>;
  /** First words of a storm's, an operation's or a camp's name ("Hurricane", "Operation"), as written. */
  thingNameOpeners: Set<string>;
  /** Past-tense verbs whose subject is a person, not a body or a place ("met", "hugged"): cues.json person_subject_verbs. */
  personSubjectVerbs: Set<string>;
  /** … and those that make it one only before a person's full name ("met Oren Vask"): cues.json person_meeting_verbs. */
  personMeetingVerbs: Set<string>;
  /** Verbs of moving or gathering ("march", "gather") and the prepositions of their place: cues.json motion_verbs, motion_prepositions. */
  motionVerbs: Set<string>;
  motionPrepositions: Set<string>;
  /** "last year", "this season": nouns of time relative to now after last/this/next. */
  relativeTimeNouns: Set<string>;
  /** "Vulture's critic called it …": staff whose judgments are their pieces, with any cue. */
  outletReviewerNouns: Set<string>;
  /** 'written', 'signed': participles of writing a document before its author's "by" (cues.json authorship_participles). */
  authorshipParticiples: Set<string>;
  /** Documents an outlet gets hold of ('a memo obtained by Deadline'): cues.json leaked_document_nouns. */
  leakedDocumentNouns: Set<string>;
  /** 'bylaws', 'charter': written rules that say what is quoted from them (cues.json rule_document_nouns). */
  ruleDocumentNouns: Set<string>;
  /** 'obtained', 'seen': the outlet got hold of the document (cues.json leaked_document_verbs). */
  leakedDocumentVerbs: Set<string>;
  /** "messages she provided to the Ledger": past forms before with/to OUTLET that hand a document to an outlet. */
  leakedDocumentShareVerbs: Set<string>;
  /** Verbs a document speaks with: "It asks the court …", "It alleges …" (not "It has denied …"). */
  documentSpeechVerbs: Set<string>;
  /** An unnamed source's noun → the first noun of its group ('insider' → 'source'): cues.json unnamed_source_nouns. */
  unnamedSourceNoun: Map<string, string>;
  /** "a contestant on the show", "anyone on the show": people an "on" phrase places in a programme (cues.json programme_people_words). */
  programmePeopleWords: Set<string>;
  /** "for three seasons": a run in a series (cues.json role_duration_units). */
  roleDurationUnits: Set<string>;
  /** "an excerpt published by People": cues.json excerpt_nouns. */
  excerptNouns: Set<string>;
  /** "In response to a question from …", "In an interview with …": cues.json exchange_opener_words. */
  exchangeOpenerWords: Set<string>;
  /** "…, when the firm was small, Cole said": cues.json time_clause_openers, a clause of time after an exchange opener. */
  timeClauseOpeners: Set<string>;
  /** "shook her head", "laughed": narration verbs (lemmas) that hand their subject the next turn (cues.json turn_taking_actions). */
  turnTakingActions: Set<string>;
  /** "asked", "questioned", "pressed": past forms of asking whose asker may be an outlet (cues.json asking_verbs). */
  askingVerbs: Set<string>;
  /** "as she puts it": weak verbs that speak in an "as SUBJECT VERB it" clause (cues.json as_it_verbs). */
  asItVerbs: Set<string>;
  /** "the curfew she had once called “…”": verbs labelling a relative clause's head (cues.json relative_label_verbs). */
  relativeLabelVerbs: Set<string>;
  /** "described the moment the academy called as “…”": verbs whose object, before "as", gets the label (cues.json as_label_verbs). */
  asLabelVerbs: Set<string>;
  /** ", a decision she described as “…”": nouns summing up a reported clause (cues.json summing_apposition_nouns). */
  summingAppositionNouns: Set<string>;
  /** "a tribunal ruling that …": judging verbs' forms read as nouns, to their lemma (cues.json judging_report_nouns). */
  judgingReportNouns: Map<string, string>;
  /** "whether", "what": words that open a question clause (cues.json question_words). */
  questionWords: Set<string>;
  /** "asked by the Ledger whether …", "asked her about …": words that open a question, its clause or its topic (cues.json question_words and question_topic_words). */
  questionOpeners: Set<string>;
  /** "told the crowd": a group hearing a speaker in person (cues.json audience_nouns). */
  audienceNouns: Set<string>;
  /** "told the viewers": the audience of a medium, which hears words on air (cues.json media_audience_nouns). */
  mediaAudienceNouns: Set<string>;
  /** Words after "join" that place someone in a broadcast from elsewhere (joined by video). */
  remoteJoinWords: Set<string>;
  /** "on Thursday's episode of “Night Owls”": nouns before "of" and a programme's title that place narration at one broadcast. */
  episodeNouns: Set<string>;
  /** "her first guest, Ann Lee", "the show's bandleader, Tom Hart": others taking part in a broadcast segment. */
  segmentRoleNouns: Set<string>;
  /** Words after a segment role noun that make it a drama's credit: a guest star. */
  segmentRoleNotBefore: Set<string>;
  /** "chimed in from the stage", "later in the episode": the setting of a broadcast segment under way. */
  segmentSettingWords: Set<string>;
  /** "on another show", "in a separate segment": other-occasion adjectives that leave the segment under way. */
  segmentLeavingAdjectives: Set<string>;
  /** "her monologue", "appeared on": an episode's sentence about a talk programme, not a drama's plot. */
  episodeTalkWords: Set<string>;
  /** "“Go Home Now” was all she said": words after a quoted title-case subject and "is/was" that make it words spoken. */
  titleSpeechWords: Set<string>;
  /** An editor's note that marks an interview: "condensed and edited". */
  interviewNotes: Set<string>;
  /** A witness's examination named by a noun whose "from"/"by" names the questioner: "under questioning from X". */
  examinationNouns: Set<string>;
  /** Verbs of examining a witness, the questioner their subject and the witness their object: "X cross-examined Y". */
  examinationVerbs: Set<string>;
  /** Words of a court, which make "questioned" or "examined" a witness's examination: "witness", "trial", "prosecutor". */
  examinationCourtWords: Set<string>;
  /** A transcript's speakers named by their part: "host", "unidentified male". */
  transcriptRoles: Set<string>;
  /** Function words, which a section head holds ("why it matters") and a name does not. */
  labelFunctionWords: Set<string>;
  /** What a body or person concluded or answered, whose owner speaks the quotation a colon gives: "the board's verdict". */
  verdictNouns: Set<string>;
  /** "Osei was blunter: “…”": adjectives for how someone spoke (cues.json manner_of_speaking_adjectives). */
  mannerOfSpeakingAdjectives: Set<string>;
  /** Adverbs that may sit inside a passive: "was also told". */
  passiveAdverbs: Set<string>;
  /** Abbreviated titles to the roles a description names their holder by: "sen." → senator. */
  roleTitles: Map<string, Set<string>>;
  /** Party and country words before a role, which name no organisation owning it: "Republican Sen.". */
  roleAffiliations: Set<string>;
  /** News agencies as a dateline writes them in brackets: "(dpa)", "(Kyodo)". */
  newsAgencies: string[];
  /** Offices of two role words, written out: "lieutenant governor", "attorney general". */
  compoundRoles: Set<string>;
  /** Military ranks of two words to the grade that names their holder alone: "lieutenant colonel" → colonel. */
  rankGrades: Map<string, string>;
  /** Roles of one who speaks for another: "spokeswoman", "publicist". */
  goBetweenRoles: Set<string>;
  /** Go-betweens named by trade ("agent", "lawyer"): a title's organisation before the name says whom they work for. */
  goBetweenTrades: Set<string>;
  /** A party tag's letter to the words naming that party, member noun first: "R" → ["republican"]. */
  partyTags: Map<string, string[]>;
  /** A party tag's state, lower case without dots and spaces ("fla", "ny", "newyork"), to the state's name. */
  stateAbbreviations: Map<string, string>;
  /** Common nouns naming whose role a role is: "union" in "the union president". */
  roleOwnerNouns: Set<string>;
  /** Bodies a role's bare title already implies: "mayor" → city, town. */
  roleUsualOwners: Map<string, Set<string>>;
  /** Titles that mark the name after them as a person's: "sen.", "councilwoman". */
  nameTitles: Set<string>;
  /** Common words a title of office opens in a name that is no person's: "President Square", "General Mills". */
  officeNameWords: Set<string>;
}

let lexicon: CueLexicon | undefined;

/** A record or a message as a common noun: "documents", "records", "emails" (source_ and leaked_document_nouns). */
export function isDocumentNoun(word: string): boolean {
  const lex = cueLexicon();
  return lex.sourceDocumentNouns.has(word) || lex.leakedDocumentNouns.has(word);
}

/** A plural noun for people in the people-noun data ("jurors", "superdelegates", "children"): no one's surname when capitalised. */
export function isPluralPeopleNoun(word: string): boolean {
  return /(?:s|men|women|children|people)$/.test(word) && cueLexicon().peopleNouns.has(word);
}

/** A written form of a speech or report cue verb, read without a tagger: "recalled", "gushed", "wrote", "insists". */
export function isCueVerbForm(word: string): boolean {
  const lex = cueLexicon();
  const w = word.toLowerCase();
  const cue = (lemma: string) => lex.speech.has(lemma) || lex.report.has(lemma);
  if (lex.irregularCuePasts.has(w)) return cue(lex.irregularCuePasts.get(w)!);
  return [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/ied$/, 'y'), w.replace(/(\w)\1ed$/, '$1')].some((c) => c.length > 2 && cue(c));
}

/** The cue lexicon (data/cues.json), loaded once. */
export function cueLexicon(): CueLexicon {
  if (lexicon) return lexicon;
  const data = readDataFile<CueData>('cues.json');
  lexicon = {
    speech: new Set(data.speech),
    weak: new Set(data.weak),
    // The clause reports are report verbs too, listed once under clause_reports.
    report: new Set([...data.report, ...data.clause_reports]),
    outletReports: new Set(data.outlet_reports),
    judgingReports: new Set(data.judging_reports),
    motiveBeliefs: new Set(data.motive_beliefs),
    judgingSubjects: new Set(data.judging_subjects),
    reportNouns: new Set(data.report_nouns),
    attitudes: setsByKey(data.attitude_adjectives),
    attitudeInfinitives: new Set(data.attitude_infinitives),
    stanceNouns: setsByKey(data.stance_nouns),
    ownedStanceNouns: setsByKey(data.owned_stance_nouns),
    ownedStanceIdioms: setsByKey(data.owned_stance_idioms),
    putForwardStanceNouns: new Set(data.put_forward_stance_nouns),
    synopsisWorkNouns: new Set(data.synopsis_work_nouns),
    synopsisDiscoveryCues: new Set(data.synopsis_discovery_cues),
    synopsisDesireCues: new Set(data.synopsis_desire_cues),
    putForwardVerbs: new Set(data.put_forward_verbs),
    viewNouns: new Set(data.view_nouns),
    toHolderIdioms: new Set(data.to_holder_idioms),
    toViewVerbs: new Set(data.to_view_verbs),
    toViewAsVerbs: new Set(data.to_view_as_verbs),
    agentNouns: new Set(data.agent_nouns),
    adjunctPrepositions: new Set(data.adjunct_prepositions),
    judgingAdverbs: new Set(data.judging_adverbs),
    revealingAmounts: data.revealing_amounts.map((a) => a.split(' ')),
    evaluativeAdverbs: new Set(data.evaluative_adverbs),
    rescueCallObjects: new Set(data.rescue_call_objects),
    speechActNouns: setsByKey(data.speech_act_nouns),
    quotationComplementNouns: setsByKey(data.quotation_complement_nouns),
    ownReportVerbs: verbsWithParticles(data.own_report_verbs),
    objectControl: new Set(data.object_control),
    // Speech acts of several words that report a clause ("made clear that …") are cue phrases like the others.
    phrases: byFirstWord([...data.phrases, ...data.report_phrases], (p) => p.words),
    // An object noun of another sense right after its verb gives the verb that sense too ("voiced characters").
    notCueBefore: mergedSets(data.not_cues_when_followed_by, data.object_cue_other_senses),
    movedBefore: setsByKey(data.moved_when_followed_by),
    objectParticles: setsByKey(data.object_cue_particles),
    demandParticles: setsByKey(data.demand_particles),
    bareObjectCues: new Set(data.bare_object_cues),
    gesturePhrases: new Set(data.gesture_phrases),
    bareObjectNeeds: new Set(data.bare_object_needs),
    participlePrepositions: new Set(data.participle_prepositions),
    toTakesNoun: new Set(data.to_takes_noun),
    weakAsOnly: new Set(data.weak_as_only),
    weakItOnly: setsByKey(data.weak_it_only ?? {}),
    causalObjectCues: new Set(data.causal_object_cues),
    clauseOpeningPrepositions: new Set(data.clause_opening_prepositions),
    infinitiveStances: setsByKey(data.infinitive_stances),
    plainStances: new Set(data.plain_stances),
    pastStances: new Map(Object.entries(data.past_stances)),
    thatOnlyNounCues: new Set(data.that_only_noun_cues),
    thatOnlySpeechReports: new Set(data.that_only_speech_reports),
    withheldDetailVerbs: new Set(data.withheld_detail_verbs),
    refusalVerbs: new Set(data.refusal_verbs),
    passiveChargePrepositions: setsByKey(data.passive_charge_prepositions),
    refusedSpeechActs: new Set(data.refused_speech_acts),
    refusedGivingVerbs: new Set(data.refused_giving_verbs),
    refusedDetailObjects: new Set(data.refused_detail_objects),
    refusedActParticles: new Set(data.refused_act_particles),
    evidenceGivingVerbs: new Set(data.evidence_giving_verbs),
    relativeShares: new Set(data.relative_shares),
    // (They are report cues too: the report set above takes them in, this one limits what they report.)
    clauseReports: new Set(data.clause_reports),
    anonymityParticiples: new Set(data.anonymity_participles),
    withheldNameParticiples: new Set(data.withheld_name_participles),
    relativeAfterPrepositions: new Set(data.relative_after_prepositions),
    objectCueOtherSenses: setsByKey(data.object_cue_other_senses),
    personObjectOtherSenses: new Set(data.person_object_other_senses),
    documentCitingVerbs: new Set(data.document_citing_verbs),
    objectCuePurchases: setsByKey(data.object_cue_purchases),
    agreedTransactions: new Set(data.agreed_transactions),
    workEventNouns: new Set(data.work_event_nouns),
    stageEventNouns: new Set(data.stage_event_nouns),
    creditPhrases: data.credit_phrases,
    permissionParticiples: new Set(data.permission_participles),
    permittedSpeechVerbs: new Set(data.permitted_speech_verbs),
    peopleNouns: new Set(data.people_nouns),
    quantifiedSpeakers: { alone: new Set(data.quantified_speakers.alone), single: new Set(data.quantified_speakers.single), ordinals: new Set(data.quantified_speakers.ordinals), ofPronouns: new Set(data.quantified_speakers.of_pronouns), shares: new Set(data.quantified_speakers.shares), openers: new Set(data.quantified_speakers.openers) },
    placeNames: new Set([...data.place_names, ...data.region_names]),
    placeNameWords: new Set(data.place_name_words),
    travelVerbs: new Set(data.travel_verbs),
    acknowledgingVerbs: new Set(data.acknowledging_verbs),
    headlineVerbs: new Set(data.headline_verbs),
    headlineInfinitiveVerbs: new Set(data.headline_infinitive_verbs),
    headlineAdverbs: new Set(data.headline_adverbs),
    headlineLabelPrepositions: new Set(data.headline_label_prepositions),
    headlineAudienceVerbs: new Set(data.headline_audience_verbs),
    headlineKickers: new Set(data.headline_kickers),
    transcriptNonSpeakers: new Set(data.transcript_non_speakers),
    interviewQuestionLabels: new Set(data.interview_labels.question),
    interviewAnswerLabels: new Set(data.interview_labels.answer),
    interviewVerbs: new Set(data.interview_verbs),
    writtenToNouns: new Set(data.written_to_nouns),
    addressedToVerbs: new Set(data.addressed_to_verbs),
    presenterNouns: new Set(data.presenter_nouns),
    stationStaffNouns: new Set(data.station_staff_nouns),
    onAirPhrases: data.on_air_phrases.map((p) => p.split(' ')),
    venuePhrases: data.venue_phrases.map((p) => p.split(' ')),
    venuePhrasesByFirst: byFirstWord(data.venue_phrases.map((p) => p.split(' ')), (words) => words),
    writtenCues: new Set([...data.written_cues, ...data.posted_cues]),
    postedCues: new Set(data.posted_cues),
    mentionNouns: new Set(data.mention_nouns),
    debateNouns: new Set(data.debate_nouns),
    raisedConcernNouns: new Set(data.raised_concern_nouns),
    fractionWords: new Set(data.fraction_words),
    countNouns: new Set(data.count_nouns),
    ownCaptionNouns: new Set(data.own_caption_nouns),
    shownWordThings: new Set(data.shown_word_things),
    showingVerbs: data.showing_verbs,
    shownMediaNouns: new Set(data.shown_media_nouns),
    ownWordsNouns: new Set(data.own_words_nouns),
    outletReportNouns: new Set(data.outlet_report_nouns),
    outletVoicePieces: new Set(data.outlet_voice_pieces),
    setPhraseNouns: new Set(data.set_phrase_nouns),
    setPhraseLineModifiers: new Set(data.set_phrase_line_modifiers),
    setPhraseCryModifiers: new Set(data.set_phrase_cry_modifiers),
    setPhraseAdjectives: new Set(data.set_phrase_adjectives),
    sungWorkNouns: new Set(data.sung_work_nouns),
    inscriptionNouns: new Set(data.inscription_nouns),
    objectPrepositions: new Set(data.object_prepositions),
    workInvolvementNouns: new Set(data.work_involvement_nouns),
    nicknameWords: data.nickname_words,
    termLabelWords: data.term_label_words,
    colonGestureVerbs: new Set(data.colon_gesture_verbs),
    aliasOpeners: data.alias_openers.map((p) => p.split(' ')),
    indefiniteSaidObjects: data.indefinite_said_objects.map((p) => p.split(' ')),
    nicknameAudiences: data.nickname_audiences,
    labelNouns: new Set(data.label_nouns),
    codeNameWords: data.code_name_words,
    performedWorkWords: data.performed_work_words,
    factNouns: new Set(data.fact_nouns),
    tabledNotSaid: new Set(data.tabled_not_said),
    viewPassives: setsByKey(data.view_passives),
    declaredStates: new Set(data.declared_states),
    declaredResults: new Set(data.declared_results),
    toldThingNouns: new Set(data.told_thing_nouns),
    inscribingWords: data.inscribing_words,
    thingLabelParticiples: new Set(data.thing_label_participles),
    titleNamingWords: new Set(data.title_naming_words),
    talkShowWords: data.talk_show_words,
    wordUsingVerbs: new Set(data.word_using_verbs),
    occasionWords: new Set(data.occasion_words),
    sourceDocumentNouns: new Set(data.source_document_nouns),
    accountStandardNouns: new Set(data.account_standard_nouns),
    accountSourceNouns: new Set(data.account_source_nouns),
    pieceNouns: new Set(data.piece_nouns),
    occasionLeads: new Set([...data.occasion_leads, ...data.addressing_verbs]),
    presencePhrases: data.presence_phrases,
    addressingVerbs: data.addressing_verbs,
    perceptionParticiples: new Set(data.perception_participles),
    tellingVerbs: new Set(data.addressing_verbs.filter((v) => !v.startsWith('address'))),
    occasionPlaces: new Set(data.occasion_places),
    occasionPlaceIdioms: new Set(data.occasion_place_idioms),
    otherOccasionWords: new Set(data.other_occasion_words),
    afterOccasionWords: new Set(data.after_occasion_words),
    earlierTimeWords: new Set(data.earlier_time_words),
    laterTimeWords: new Set(data.later_time_words),
    reportGlossNouns: new Set(data.report_gloss_nouns),
    speakingVerbForms: new Set(data.speaking_verb_forms),
    irregularCuePasts: new Map(Object.entries(data.irregular_cue_pasts)),
    translationNouns: new Set(data.translation_nouns),
    hearerThenThatCues: new Set(data.hearer_then_that_cues),
    speakingVerbAdverbs: new Set(data.speaking_verb_adverbs),
    occasionParticiples: new Set(data.occasion_participles),
    onOccasionNouns: new Set(data.on_occasion_nouns),
    onOccasionPhraseEnds: new Set(data.on_occasion_phrase_ends),
    setOffNonOccasionHeads: new Set(data.set_off_non_occasion_heads),
    setOffGroupHeads: new Set(data.set_off_group_heads),
    setOffGroupPrepositions: new Set(data.set_off_group_prepositions),
    earlierTimeAdverbs: new Set(data.earlier_time_adverbs),
    subjectAsides: new Set(data.subject_asides),
    subjectPlacePrepositions: new Set(data.subject_place_prepositions),
    descriptionPlacePrepositions: new Set(data.description_place_prepositions),
    titleSpeechWords: new Set(data.title_speech_words),
    outletKindNationalities: new Set(data.outlet_kind_nationalities),
    nationalityNouns: new Set(data.nationality_nouns),
    thingNameOpeners: new Set(data.thing_name_openers),
    personSubjectVerbs: new Set(data.person_subject_verbs),
    personMeetingVerbs: new Set(data.person_meeting_verbs),
    motionVerbs: new Set(data.motion_verbs),
    motionPrepositions: new Set(data.motion_prepositions),
    relativeTimeNouns: new Set(data.relative_time_nouns),
    outletReviewerNouns: new Set(data.outlet_reviewer_nouns),
    leakedDocumentNouns: new Set(data.leaked_document_nouns),
    ruleDocumentNouns: new Set(data.rule_document_nouns),
    authorshipParticiples: new Set(data.authorship_participles),
    leakedDocumentVerbs: new Set(data.leaked_document_verbs),
    leakedDocumentShareVerbs: new Set(data.leaked_document_share_verbs),
    documentSpeechVerbs: new Set(data.document_speech_verbs),
    unnamedSourceNoun: new Map(data.unnamed_source_nouns.flatMap((group) => group.map((noun) => [noun, group[0]!] as const))),
    programmePeopleWords: new Set(data.programme_people_words),
    roleDurationUnits: new Set(data.role_duration_units),
    excerptNouns: new Set(data.excerpt_nouns),
    exchangeOpenerWords: new Set(data.exchange_opener_words),
    timeClauseOpeners: new Set(data.time_clause_openers),
    turnTakingActions: new Set(data.turn_taking_actions),
    askingVerbs: new Set(data.asking_verbs),
    asItVerbs: new Set(data.as_it_verbs),
    relativeLabelVerbs: new Set(data.relative_label_verbs),
    asLabelVerbs: new Set(data.as_label_verbs),
    summingAppositionNouns: new Set(data.summing_apposition_nouns),
    judgingReportNouns: new Map(Object.entries(data.judging_report_nouns)),
    questionWords: new Set(data.question_words),
    questionOpeners: new Set([...data.question_words, ...data.question_topic_words]),
    audienceNouns: new Set(data.audience_nouns),
    mediaAudienceNouns: new Set(data.media_audience_nouns),
    remoteJoinWords: new Set(data.remote_join_words),
    episodeNouns: new Set(data.episode_nouns),
    segmentRoleNouns: new Set(data.segment_role_nouns),
    segmentRoleNotBefore: new Set(data.segment_role_not_before),
    segmentSettingWords: new Set(data.segment_setting_words),
    segmentLeavingAdjectives: new Set(data.segment_leaving_adjectives),
    episodeTalkWords: new Set(data.episode_talk_words),
    interviewNotes: new Set(data.interview_notes),
    examinationNouns: new Set(data.examination_nouns),
    examinationVerbs: new Set(data.examination_verbs),
    examinationCourtWords: new Set(data.examination_court_words),
    transcriptRoles: new Set(data.transcript_roles),
    labelFunctionWords: new Set(data.label_function_words),
    verdictNouns: new Set(data.verdict_nouns),
    mannerOfSpeakingAdjectives: new Set(data.manner_of_speaking_adjectives),
    passiveAdverbs: new Set(data.passive_adverbs),
    roleTitles: setsByKey(data.role_titles),
    roleAffiliations: new Set(data.role_affiliations),
    newsAgencies: data.news_agencies,
    compoundRoles: new Set(data.compound_roles),
    rankGrades: new Map(Object.entries(data.rank_grades)),
    goBetweenRoles: new Set(data.go_between_roles),
    goBetweenTrades: new Set(data.go_between_trades),
    partyTags: new Map(Object.entries(data.party_tags)),
    stateAbbreviations: new Map(Object.entries(data.state_abbreviations).map(([written, state]) => [stateKey(written), state])),
    roleOwnerNouns: new Set(data.role_owner_nouns),
    roleUsualOwners: setsByKey(data.role_usual_owners),
    nameTitles: new Set(data.name_titles),
    officeNameWords: new Set(data.office_name_words),
  };
  return lexicon;
}

/** How a party tag's state is looked up: lower case, without dots and spaces ("N.Y." → "ny", "New York" → "newyork"). */
export function stateKey(written: string): string {
  return written.replace(/[.\s]/g, '').toLowerCase();
}

/** Phrases grouped by their first word, each group in the data's order. */
function byFirstWord<T>(phrases: T[], wordsOf: (phrase: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of phrases) map.set(wordsOf(p)[0]!, [...(map.get(wordsOf(p)[0]!) ?? []), p]);
  return map;
}

/** Verb phrases written as a lemma and its particles ("stand by"), by lemma: each lemma's particle lists. */
function verbsWithParticles(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const [lemma, ...particles] = phrase.split(' ');
    map.set(lemma!, [...(map.get(lemma!) ?? []), particles]);
  }
  return map;
}

/** Two tables of word lists as one, the lists of a key in both joined. */
function mergedSets(a: Record<string, string[]>, b: Record<string, string[]>): Map<string, Set<string>> {
  const merged = setsByKey(a);
  for (const [k, words] of Object.entries(b)) merged.set(k, new Set([...(merged.get(k) ?? []), ...words]));
  return merged;
}

/** A table of word lists as Maps of Sets (a word such as "constructor" is no key to trip over). */
function setsByKey(table: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(table).map(([k, v]) => [k, new Set(v)]));
}
