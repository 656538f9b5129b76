import { audienceOf } from './audience';
import { commuteRadiusKm } from './commute-radius';
import { missingLicences } from './driving-licences';
import { bilingual, formatKm } from './format';
import { HARD_FILTER_WORDING, HardFilterWording } from './hard-filter-wording';
import { HardFilterResult, MatchContext, MatchProximity, MatchSeeker, MatchVacancy } from './match-model';

/** Programmes without an entry rule: anyone may take them. Any other code needs the person's eligibility. */
export const OPEN_PROGRAMMES: readonly string[] = ['regular', 'ibo', 'werkervaring', 'brugproject', 'internship'];

/**
 * The jobseekers context spells a programme "artikel60", the vacancies context "artikel_60". Comparing
 * without separators keeps a caller that forwards either spelling from silently excluding everyone.
 */
function programmeKey(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function vacancyOpenFilter(vacancy: MatchVacancy): HardFilterResult {
  return {
    filter: 'vacancyOpen',
    passed: vacancy.open,
    reason: vacancy.open
      ? { nl: 'Deze vacature is open.', en: 'This vacancy is open.' }
      : { nl: 'Deze vacature is niet meer open.', en: 'This vacancy is no longer open.' },
  };
}

function seekerActiveFilter(seeker: MatchSeeker, wording: HardFilterWording): HardFilterResult {
  return {
    filter: 'seekerActive',
    passed: seeker.active,
    reason: seeker.active ? wording.active : wording.notActive,
  };
}

function programmeFilter(seeker: MatchSeeker, vacancy: MatchVacancy, wording: HardFilterWording): HardFilterResult {
  const programme = programmeKey(vacancy.programme);
  if (OPEN_PROGRAMMES.map(programmeKey).includes(programme)) {
    return {
      filter: 'programmeEligibility',
      passed: true,
      reason: { nl: 'Iedereen kan voor deze job solliciteren.', en: 'Anyone can apply for this job.' },
    };
  }
  const passed = seeker.eligibleProgrammes.map(programmeKey).includes(programme);
  return { filter: 'programmeEligibility', passed, reason: programmeReason(programme, passed, wording) };
}

function programmeReason(programme: string, passed: boolean, wording: HardFilterWording): HardFilterResult['reason'] {
  if (programme === 'instapstage') return passed ? wording.instapstage : wording.noInstapstage;
  if (programme === 'artikel60') return passed ? wording.artikel60 : wording.noArtikel60;
  return passed ? wording.programme : wording.noProgramme;
}

function drivingLicenceFilter(
  seeker: MatchSeeker,
  vacancy: MatchVacancy,
  wording: HardFilterWording,
): HardFilterResult {
  if (vacancy.drivingLicences.length === 0) {
    return {
      filter: 'drivingLicence',
      passed: true,
      reason: { nl: 'Deze job vraagt geen rijbewijs.', en: 'This job does not ask for a driving licence.' },
    };
  }
  const missing = missingLicences(seeker.drivingLicences, vacancy.drivingLicences);
  if (missing.length === 0) {
    const required = vacancy.drivingLicences.map((licence) => licence.toUpperCase());
    return {
      filter: 'drivingLicence',
      passed: true,
      reason: bilingual((lang) => wording.hasLicence(required, lang)),
    };
  }
  const missingText = missing.map((licence) => licence.toUpperCase());
  return {
    filter: 'drivingLicence',
    passed: false,
    reason: bilingual((lang) => wording.lacksLicence(missingText, lang)),
  };
}

function maxCommuteFilter(
  seeker: MatchSeeker,
  proximity: MatchProximity,
  wording: HardFilterWording,
): HardFilterResult {
  // The distance is measured from the wijk's centre, so within the own wijk it says nothing about the trip.
  if (proximity.sameNeighbourhood) return { filter: 'maxCommute', passed: true, reason: wording.ownWijk };
  if (proximity.distanceKm === null) return { filter: 'maxCommute', passed: true, reason: wording.unknownPlace };
  const radius = commuteRadiusKm(seeker);
  const distance = proximity.distanceKm;
  const passed = distance <= radius;
  // "9 km away, further than your 9 km" would read as a mistake once both are rounded.
  const justOver = !passed && formatKm(distance, 'en') === formatKm(radius, 'en');
  return {
    filter: 'maxCommute',
    passed,
    reason: bilingual((lang) => {
      if (passed) return wording.withinReach(radius, lang);
      return justOver ? wording.justBeyondReach(radius, lang) : wording.beyondReach(distance, radius, lang);
    }),
  };
}

/** Only an employer's search applies this filter, so it always speaks about the candidate. */
function consentFilter(seeker: MatchSeeker): HardFilterResult {
  return {
    filter: 'consent',
    passed: seeker.visibleToEmployers,
    reason: seeker.visibleToEmployers
      ? {
          nl: 'De kandidaat geeft werkgevers toestemming om het profiel te zien, zonder naam.',
          en: 'The candidate lets employers see the profile, without the name.',
        }
      : {
          nl: 'Het profiel van de kandidaat is niet zichtbaar voor werkgevers.',
          en: 'The candidate’s profile is not visible to employers.',
        },
  };
}

/**
 * The conditions a match must meet to be shown at all; each result says why, so a mediator can explain a
 * missing match. Consent only matters when an employer searches: a person may always see jobs for themselves.
 * The person reads about themselves, an employer about the candidate (see audienceOf).
 */
export function hardFilters(
  seeker: MatchSeeker,
  vacancy: MatchVacancy,
  proximity: MatchProximity,
  context: Pick<MatchContext, 'direction'>,
): HardFilterResult[] {
  const wording = HARD_FILTER_WORDING[audienceOf(context.direction)];
  const results = [
    vacancyOpenFilter(vacancy),
    seekerActiveFilter(seeker, wording),
    programmeFilter(seeker, vacancy, wording),
    drivingLicenceFilter(seeker, vacancy, wording),
    maxCommuteFilter(seeker, proximity, wording),
  ];
  if (context.direction === 'candidates-for-vacancy') results.push(consentFilter(seeker));
  return results;
}
