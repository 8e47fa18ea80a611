// Regex parts (sources, for new RegExp with the 'u' flag) that the patterns of naming share: a group's name for a
// thing (group-names.ts) and a label after a passive naming verb (passive-labels.ts). Built once so the two agree.

/** An adverb that may stand before a naming verb, with its space: "still call", "is often called", "widely known as". */
export const NAMING_ADVERB = String.raw`(?:(?:still|often|now|also|sometimes|\p{Ll}+ly)\s+)?`;

/** A form of "be" that opens a passive: "is called", "has long been nicknamed". */
export const PASSIVE_BE = String.raw`(?:is|was|are|were|been|being|be)`;

/** The participles of naming in the passive: "called", "dubbed", "known as", "referred to as". */
export const PASSIVE_NAMING_PARTICIPLES = String.raw`(?:called|nicknamed|dubbed|known\s+as|referred\s+to\s+as)`;
