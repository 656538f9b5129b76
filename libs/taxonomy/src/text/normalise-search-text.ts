// Invisible characters ESCO labels contain (soft hyphens, zero-width spaces) that must not split a word.
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const COMBINING_MARKS = /\p{M}/gu;
// Letters that NFKD does not decompose but PostgreSQL's unaccent does; kept in step with taxonomy_normalise().
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'g');
const NOT_A_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/**
 * The form labels are compared in: lowercase, no accents, punctuation as single spaces, trimmed.
 * "Kassière" and "kassiere" match; "ober/serveerster" has the words "ober" and "serveerster".
 * Must give the same result as the SQL function taxonomy_normalise() that fills occupation_labels.normalised.
 */
export function normaliseSearchText(text: string): string {
  return text
    .replace(INVISIBLE_CHARACTERS, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED_LETTERS[letter])
    .replace(NOT_A_LETTER_OR_DIGIT, ' ')
    .trim();
}
