/**
 * A count with its noun in the right number, for lines a user reads: "1 article", "2 articles",
 * "0 quotes". Nouns whose plural is not the singular plus "s" name it ("batch", "batches").
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
