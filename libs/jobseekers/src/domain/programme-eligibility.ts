import { EducationLevelCode } from '@werkpunt/taxonomy';
import { AgeBand, Programme } from './profile-vocabulary';
import { ageBandOn } from './age-band';
import { ghentDate, wholeMonthsBetween } from './calendar';

/** Instapstage: at least 6 months of the 12-month beroepsinschakelingstijd done. */
export const INSTAPSTAGE_MIN_MONTHS_REGISTERED = 6;

/** The facts of a profile that programme rules read. */
export interface EligibilityFacts {
  dateOfBirth: string | null;
  registeredSince: string | null;
  educationLevel: EducationLevelCode;
  livingWageClient: boolean;
  inArtikel60: boolean;
}

export interface ProgrammeEligibility {
  ageBand: AgeBand | null;
  monthsRegistered: number | null;
  programmes: Programme[];
}

/** Computed on read, never stored, so it is right on every day without a job to refresh it. */
export function programmeEligibility(facts: EligibilityFacts, now: Date): ProgrammeEligibility {
  const ageBand = ageBandOn(facts.dateOfBirth, now);
  const monthsRegistered = facts.registeredSince ? wholeMonthsBetween(facts.registeredSince, ghentDate(now)) : null;
  const programmes: Programme[] = [];
  // Instapstage: under 25, no secondary-school diploma (education "low"), 6 months registered.
  if (
    ageBand === AgeBand.Under25 &&
    facts.educationLevel === 'low' &&
    monthsRegistered !== null &&
    monthsRegistered >= INSTAPSTAGE_MIN_MONTHS_REGISTERED
  ) {
    programmes.push(Programme.Instapstage);
  }
  // Artikel 60 is work experience for people on a living wage; someone already in one is placed.
  if (facts.livingWageClient && !facts.inArtikel60) programmes.push(Programme.Artikel60);
  return { ageBand, monthsRegistered, programmes };
}

/**
 * Programmes an employer may learn about. Artikel 60 eligibility would reveal that the person lives on a
 * living wage (a sensitive fact), so only programmes defined by age, education and time registered remain.
 */
export const EMPLOYER_VISIBLE_PROGRAMMES: readonly Programme[] = [Programme.Instapstage];
