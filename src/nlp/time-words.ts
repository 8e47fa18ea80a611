/**
 * Words that place a statement in time: the days, the months and the units of time. The rules that
 * step over "said Monday", "told reporters last week" or "in March" all read them from here.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

const DAYS: ReadonlySet<string> = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight']);
const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
// The seasons but "fall", which is as often a verb or a noun of its own ("the fall of the regime").
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'winter']);
const UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'week', 'weekend', 'month', 'year', ...PARTS_OF_DAY, ...SEASONS]);

/** A day a statement is made on: "Monday", "yesterday", "tonight" (lower-case word). */
export const isDayWord = (normal: string): boolean => DAYS.has(normal);

/** "morning", "night": the part of a day after its name ("Tuesday night") (lower-case word). */
export const isPartOfDay = (normal: string): boolean => PARTS_OF_DAY.has(normal);

/** "march", "may": a month's name (lower-case word). */
export const isMonth = (normal: string): boolean => MONTH_SET.has(normal);

// One set for isTimeWord, which the attribution rules ask about most tokens before a cue.
const TIME_WORDS: ReadonlySet<string> = new Set([...DAYS, ...MONTH_SET, ...UNITS]);

/** A day, a month, a season or a unit of time: "monday", "march", "weeks", "evening", "spring" (lower-case word). */
export const isTimeWord = (normal: string): boolean => TIME_WORDS.has(normal);

// "Late on Tuesday", "early this morning": adverbs that place a time phrase after them within its span.
const TIME_DEGREE_ADVERBS: ReadonlySet<string> = new Set(['late', 'early']);

/** "late", "early": an adverb opening a time phrase ("Late on Tuesday, …") (lower-case word). */
export const isTimeDegreeAdverb = (normal: string): boolean => TIME_DEGREE_ADVERBS.has(normal);
