import { IscoRelation, iscoRelationBetween } from '../isco/isco-code';

/** How close two occupations are: the same one, or the smallest ISCO group they share. */
export type OccupationRelation = 'same-occupation' | IscoRelation;

export interface OccupationRef {
  id: string;
  /** ISCO-08 unit group. */
  iscoCode: string;
}

export function occupationRelationBetween(a: OccupationRef, b: OccupationRef): OccupationRelation {
  return a.id === b.id ? 'same-occupation' : iscoRelationBetween(a.iscoCode, b.iscoCode);
}
