// Employers: enough per occupation group to post that group's vacancies, named, registered and placed where the
// group's jobs are.

import type { DemoEmployer, DemoEmployerSite } from './demo-types';
import { randomEnterpriseNumber } from './enterprise-number';
import { OCCUPATION_GROUP_KEYS, OccupationGroupKey } from './figures';
import { demoId } from './ids';
import { LAST_NAMES, PLACE_WORDS } from './names';
import { OCCUPATION_GROUP_PROFILES, OccupationGroupProfile } from './occupation-groups';
import { Random } from './random';
import { siteWeightsFor, wijkByNumber } from './wijken';

/** On average an employer has about two open vacancies at a time. */
export const VACANCIES_PER_EMPLOYER = 2;

const SITE_COUNT_WEIGHTS = [
  [1, 60],
  [2, 28],
  [3, 12],
] as const;

export function employerCountFor(vacancyCount: number): number {
  return Math.ceil(vacancyCount / VACANCIES_PER_EMPLOYER);
}

/** Employers for each group in the order of the figures; ids follow that order. */
export function generateEmployers(
  random: Random,
  vacancyCounts: Readonly<Record<OccupationGroupKey, number>>,
): DemoEmployer[] {
  const usedNames = new Set<string>();
  const usedNumbers = new Set<string>();
  const employers: DemoEmployer[] = [];
  for (const group of OCCUPATION_GROUP_KEYS) {
    const profile = OCCUPATION_GROUP_PROFILES[group];
    for (let i = 0; i < employerCountFor(vacancyCounts[group]); i++) {
      const index = employers.length;
      const socialEconomy = random.chance(profile.socialEconomyShare);
      const nonProfit = !socialEconomy && random.chance(profile.nonProfitShare);
      const sites = generateSites(random, index, profile);
      employers.push({
        id: demoId('employer', index),
        name: uniqueName(random, profile, { socialEconomy, nonProfit }, usedNames),
        enterpriseNumber: uniqueEnterpriseNumber(random, usedNumbers),
        naceCode: random.pick(profile.naceCodes),
        occupationGroup: group,
        socialEconomy,
        sites,
      });
    }
  }
  return employers;
}

function generateSites(random: Random, employerIndex: number, profile: OccupationGroupProfile): DemoEmployerSite[] {
  const count = random.weightedPick(SITE_COUNT_WEIGHTS);
  const candidates = siteWeightsFor(profile.siteProfile);
  const sites: DemoEmployerSite[] = [];
  for (let siteIndex = 0; siteIndex < count; siteIndex++) {
    const wijkNumber = random.weightedPick(candidates);
    candidates.splice(
      candidates.findIndex(([number]) => number === wijkNumber),
      1,
    );
    sites.push({
      id: demoId('employer-site', employerIndex, siteIndex),
      wijkNumber,
      postcode: wijkByNumber(wijkNumber).primaryPostcode,
    });
  }
  return sites;
}

interface LegalStatus {
  socialEconomy: boolean;
  nonProfit: boolean;
}

function uniqueName(random: Random, profile: OccupationGroupProfile, status: LegalStatus, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = companyName(random, profile, status);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Practically unreachable; keeps names unique even if the name parts ever run short.
  const name = `${companyName(random, profile, status)} ${used.size + 1}`;
  used.add(name);
  return name;
}

/** "Schoonmaak Verhaegen bv", "Woonzorgcentrum Ter Linde vzw", "Maatwerkbedrijf De Vlier cv". */
function companyName(random: Random, profile: OccupationGroupProfile, status: LegalStatus): string {
  const word = random.pick(profile.employerWords);
  if (status.socialEconomy) {
    const kind = random.chance(0.5) ? 'Maatwerkbedrijf' : word;
    return `${kind} ${random.pick(PLACE_WORDS)} ${random.chance(0.7) ? 'vzw' : 'cv'}`;
  }
  if (status.nonProfit) {
    const after = random.chance(0.7) ? random.pick(PLACE_WORDS) : random.pick(LAST_NAMES);
    return `${word} ${after} vzw`;
  }
  const legalForm = random.chance(0.75) ? 'bv' : 'nv';
  const pattern = random.next();
  if (pattern < 0.6) return `${word} ${random.pick(LAST_NAMES)} ${legalForm}`;
  if (pattern < 0.85) return `${random.pick(LAST_NAMES)} ${word} ${legalForm}`;
  const [first, second] = random.sample(LAST_NAMES, 2);
  return `${word} ${first} & ${second} ${legalForm}`;
}

function uniqueEnterpriseNumber(random: Random, used: Set<string>): string {
  for (;;) {
    const number = randomEnterpriseNumber(random);
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}
