import { commuteRadiusKm } from './commute-radius';
import { missingLicences } from './driving-licences';
import { bilingual, formatKm, joinList } from './format';
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

function seekerActiveFilter(seeker: MatchSeeker): HardFilterResult {
  return {
    filter: 'seekerActive',
    passed: seeker.active,
    reason: seeker.active
      ? { nl: 'Je profiel staat op actief: je zoekt werk.', en: 'Your profile is active: you are looking for work.' }
      : { nl: 'Je profiel staat niet op actief.', en: 'Your profile is not set to active.' },
  };
}

function programmeFilter(seeker: MatchSeeker, vacancy: MatchVacancy): HardFilterResult {
  const programme = programmeKey(vacancy.programme);
  if (OPEN_PROGRAMMES.map(programmeKey).includes(programme)) {
    return {
      filter: 'programmeEligibility',
      passed: true,
      reason: { nl: 'Iedereen kan voor deze job solliciteren.', en: 'Anyone can apply for this job.' },
    };
  }
  const passed = seeker.eligibleProgrammes.map(programmeKey).includes(programme);
  return { filter: 'programmeEligibility', passed, reason: programmeReason(programme, passed) };
}

// Artikel 60 reasons never mention the living wage: employers may see these reasons too, and
// whether someone lives on a leefloon is not theirs to know.
function programmeReason(programme: string, passed: boolean): HardFilterResult['reason'] {
  if (programme === 'instapstage') {
    return passed
      ? { nl: 'Je kunt een instapstage doen.', en: 'You can do an instapstage (starter internship).' }
      : {
          nl: 'Een instapstage is voor jongeren onder 25 zonder diploma secundair onderwijs. Ze moeten minstens 6 maanden ingeschreven zijn als werkzoekende. Jij voldoet daar nu niet aan.',
          en: 'An instapstage is for young people under 25 without a secondary-school diploma. They must have been registered as job seekers for at least 6 months. You do not meet these conditions now.',
        };
  }
  if (programme === 'artikel60') {
    return passed
      ? {
          nl: 'Je kunt via het OCMW werken met een artikel 60-contract.',
          en: 'You can work through the OCMW (public welfare centre) on an artikel 60 contract.',
        }
      : {
          nl: 'Een artikel 60-job loopt via het OCMW. Jij komt er nu niet voor in aanmerking. Vraag je begeleider wat wel kan.',
          en: 'An artikel 60 job goes through the OCMW (public welfare centre). You are not eligible for it now. Ask your counsellor what is possible.',
        };
  }
  return passed
    ? { nl: 'Je voldoet aan de voorwaarden van dit programma.', en: 'You meet the conditions of this programme.' }
    : {
        nl: 'Deze job hoort bij een programma met eigen voorwaarden. Jij voldoet daar nu niet aan.',
        en: 'This job belongs to a programme with its own conditions. You do not meet them now.',
      };
}

function drivingLicenceFilter(seeker: MatchSeeker, vacancy: MatchVacancy): HardFilterResult {
  if (vacancy.drivingLicences.length === 0) {
    return {
      filter: 'drivingLicence',
      passed: true,
      reason: { nl: 'Deze job vraagt geen rijbewijs.', en: 'This job does not ask for a driving licence.' },
    };
  }
  const missing = missingLicences(seeker.drivingLicences, vacancy.drivingLicences);
  const required = vacancy.drivingLicences.map((licence) => licence.toUpperCase());
  if (missing.length === 0) {
    return {
      filter: 'drivingLicence',
      passed: true,
      reason: bilingual((lang) =>
        lang === 'nl'
          ? `Je hebt het rijbewijs dat deze job vraagt (${joinList(required, lang)}).`
          : `You have the driving licence this job asks for (${joinList(required, lang)}).`,
      ),
    };
  }
  const missingText = missing.map((licence) => licence.toUpperCase());
  return {
    filter: 'drivingLicence',
    passed: false,
    reason: bilingual((lang) =>
      lang === 'nl'
        ? `Deze job vraagt rijbewijs ${joinList(missingText, lang)}. Dat heb je niet.`
        : `This job asks for driving licence ${joinList(missingText, lang)}. You do not have it.`,
    ),
  };
}

function maxCommuteFilter(seeker: MatchSeeker, proximity: MatchProximity): HardFilterResult {
  if (proximity.sameNeighbourhood) {
    // The distance is measured from the wijk's centre, so within the own wijk it says nothing about the trip.
    return {
      filter: 'maxCommute',
      passed: true,
      reason: { nl: 'Deze job is in je eigen wijk.', en: 'This job is in your own neighbourhood.' },
    };
  }
  if (proximity.distanceKm === null) {
    return {
      filter: 'maxCommute',
      passed: true,
      reason: {
        nl: 'We weten niet waar deze job is. Daarom laten we hem niet weg.',
        en: 'We do not know where this job is, so we do not leave it out.',
      },
    };
  }
  const radius = commuteRadiusKm(seeker);
  const distance = proximity.distanceKm;
  const passed = distance <= radius;
  // "9 km away, further than your 9 km" would read as a mistake once both are rounded.
  const justOver = !passed && formatKm(distance, 'en') === formatKm(radius, 'en');
  return {
    filter: 'maxCommute',
    passed,
    reason: bilingual((lang) => {
      if (lang === 'nl') {
        return passed
          ? `Deze job ligt binnen je reisafstand (tot ${formatKm(radius, lang)}).`
          : justOver
            ? `Deze job ligt net iets verder dan je wilt reizen (tot ${formatKm(radius, lang)}).`
            : `Deze job ligt ${formatKm(distance, lang)} ver. Dat is verder dan je wilt reizen (tot ${formatKm(radius, lang)}).`;
      }
      return passed
        ? `This job is within your travel distance (up to ${formatKm(radius, lang)}).`
        : justOver
          ? `This job is just beyond the distance you want to travel (up to ${formatKm(radius, lang)}).`
          : `This job is ${formatKm(distance, lang)} away. That is further than you want to travel (up to ${formatKm(radius, lang)}).`;
    }),
  };
}

function consentFilter(seeker: MatchSeeker): HardFilterResult {
  return {
    filter: 'consent',
    passed: seeker.visibleToEmployers,
    reason: seeker.visibleToEmployers
      ? {
          nl: 'Werkgevers mogen je profiel zien, zonder je naam.',
          en: 'Employers may see your profile, without your name.',
        }
      : {
          nl: 'Je profiel is niet zichtbaar voor werkgevers. Zij zien jou dus niet bij hun kandidaten.',
          en: 'Your profile is not visible to employers, so they do not see you among their candidates.',
        },
  };
}

/**
 * The conditions a match must meet to be shown at all; each result says why, so a mediator can explain a
 * missing match. Consent only matters when an employer searches: a person may always see jobs for themselves.
 */
export function hardFilters(
  seeker: MatchSeeker,
  vacancy: MatchVacancy,
  proximity: MatchProximity,
  context: Pick<MatchContext, 'direction'>,
): HardFilterResult[] {
  const results = [
    vacancyOpenFilter(vacancy),
    seekerActiveFilter(seeker),
    programmeFilter(seeker, vacancy),
    drivingLicenceFilter(seeker, vacancy),
    maxCommuteFilter(seeker, proximity),
  ];
  if (context.direction === 'candidates-for-vacancy') results.push(consentFilter(seeker));
  return results;
}
