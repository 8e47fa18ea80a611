/**
 * How news English says that a lone given name follows: "gave only his first name, ", "whose first name is ",
 * "a fan identified only as ", "a driver known only as ". The name after is a person's whole name as the
 * article gives it. Read by the people list and by a quote's speaker.
 */
const FIRST_NAME_ONLY_BEFORE = /\b(?:(?:first|given) name(?:,|\s+(?:is|was))?|(?:identified|known|named|listed|referred\s+to)\s+only\s+as)\s+$/i;

/** Whether `before` (the text right before a name, with its trailing space) says only a first name follows. */
export function firstNameOnlyBefore(before: string): boolean {
  return FIRST_NAME_ONLY_BEFORE.test(before);
}
