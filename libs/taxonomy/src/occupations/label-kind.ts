/** Where a search label comes from: ESCO's preferred or alternative labels, or our curated everyday words. */
export const LABEL_KINDS = ['preferred', 'synonym', 'alternative'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/**
 * How directly a label names its occupation; among equally good matches the lower weight ranks first.
 * ESCO lists many obscure alternative labels, so everyday synonyms rank just below the preferred label.
 * A synonym that only loosely fits an occupation ("kuisvrouw" for a domestic cleaner) ranks below them all.
 */
export const LABEL_WEIGHTS = {
  preferred: 0,
  primarySynonym: 1,
  alternative: 2,
  secondarySynonym: 3,
} as const;
