// Column order of every CSV file (SPEC.md). JSONL records use the same field names.

export const QUOTE_COLUMNS = [
  'id', 'article_id', 'text', 'start', 'end', 'type',
  'speaker', 'speaker_mention', 'speaker_start', 'speaker_end', 'speaker_kind', 'speaker_role',
  'cue', 'cue_start', 'cue_end', 'outlet', 'confidence',
  'pullquote', 'pullquote_reasons', 'pullquote_text', 'profanity',
] as const;

export const ARTICLE_COLUMNS = [
  'id', 'path', 'line', 'title', 'url', 'date', 'outlet', 'authors', 'chars',
  'quotes', 'people', 'films', 'outlets', 'status', 'error',
] as const;

export const PEOPLE_COLUMNS = ['name', 'aliases', 'gender', 'roles', 'article_count', 'mention_count', 'quote_count'] as const;
export const FILM_COLUMNS = ['title', 'year', 'aliases', 'article_count', 'mention_count', 'people'] as const;
export const OUTLET_COLUMNS = ['name', 'article_count', 'mention_count', 'quote_count'] as const;
