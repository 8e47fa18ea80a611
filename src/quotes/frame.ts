// The frame of a quotation (who said it, with which cue, to which outlet). The rules live in the files
// named below, one concept each; this file keeps the names the rest of quotes/ imports.
export type { CueMode, Frame, Cue } from './frame-types.js';
export { frameAtToken } from './frame-types.js';
export { TokenView, ABBREVIATION_END, SPOKEN_RIGHT_AFTER } from './token-view.js';
export { cueAt, cueEndsAt, asItCue, permissionOnly, isPassiveCue, withheldQuestion, hasVerb, negated, compoundModifierHalf, stateOwnedMedium, cueLemma } from './find-cue.js';
export { outletSpeakerInFull, lastOutletBefore, shortFormAt } from './earlier-outlets.js';
export { isOutletNoun, outletGivenTo, outletNear, ownerOfNoun, outletAfterLead } from './outlet-near.js';
export { afterDateline, sentenceSubject, namedElsewhere, subjectFrame } from './sentence-subject.js';
export { reportOutletSpeaker } from './frame-outlet.js';
export { frameForCue } from './frame-for-cue.js';
