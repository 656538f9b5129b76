import { ContractType } from './vacancy-vocabulary';

/** What the JSON-LD needs of a published vacancy, its organisation and its site. */
export interface JobPostingSource {
  id: string;
  title: string;
  description: string;
  publishedAt: Date;
  /** yyyy-mm-dd; the vacancy closes at the end of that day in Ghent. */
  closingDate: string;
  contractType: ContractType;
  hoursPerWeekMax: number;
  iscoCode: string;
  occupationLabel: string;
  positions: number;
  remoteSharePercent: number;
  organisation: { name: string; website: string | null };
  site: { streetAddress: string; postcode: string };
  /** The public address of the vacancy (its page, or the API answer until the web app exists). */
  url: string;
}

/** Google's employmentType values (developers.google.com/search/docs/appearance/structured-data/job-posting). */
const EMPLOYMENT_TYPE: Readonly<Record<ContractType, string>> = {
  [ContractType.Permanent]: 'FULL_TIME',
  [ContractType.FixedTerm]: 'TEMPORARY',
  [ContractType.Interim]: 'TEMPORARY',
  [ContractType.Student]: 'PART_TIME',
  [ContractType.Flexi]: 'PER_DIEM',
  [ContractType.InternshipAgreement]: 'INTERN',
};

/** A full-time week in Belgium is 38 hours; fewer hours at most is part-time whatever the contract. */
const FULL_TIME_HOURS = 38;

function employmentTypes(contractType: ContractType, hoursPerWeekMax: number): string[] {
  const type = EMPLOYMENT_TYPE[contractType];
  if (type === 'FULL_TIME' && hoursPerWeekMax < FULL_TIME_HOURS) return ['PART_TIME'];
  if (type === 'TEMPORARY') return [hoursPerWeekMax < FULL_TIME_HOURS ? 'PART_TIME' : 'FULL_TIME', 'TEMPORARY'];
  return [type];
}

/**
 * schema.org JobPosting for search engines, with every property Google requires (title, description,
 * datePosted, hiringOrganization, jobLocation) and the recommended ones we know (validThrough,
 * employmentType, identifier, directApply). Applying goes through a Werkpunt or the platform, never
 * straight from the search result, so directApply is false.
 */
export function jobPostingJsonLd(source: JobPostingSource): Record<string, unknown> {
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: source.title,
    description: source.description,
    identifier: { '@type': 'PropertyValue', name: 'Werkpunt', value: source.id },
    datePosted: source.publishedAt.toISOString(),
    // The end of the closing day in Ghent (CET; summer time closes an hour earlier, which errs on the safe side).
    validThrough: `${source.closingDate}T23:59:59+01:00`,
    employmentType: employmentTypes(source.contractType, source.hoursPerWeekMax),
    hiringOrganization: {
      '@type': 'Organization',
      name: source.organisation.name,
      ...(source.organisation.website ? { sameAs: source.organisation.website } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: source.site.streetAddress,
        addressLocality: 'Gent',
        postalCode: source.site.postcode,
        addressRegion: 'Oost-Vlaanderen',
        addressCountry: 'BE',
      },
    },
    ...(source.remoteSharePercent === 100 ? { jobLocationType: 'TELECOMMUTE' } : {}),
    occupationalCategory: `${source.iscoCode} ${source.occupationLabel}`,
    totalJobOpenings: source.positions,
    directApply: false,
    url: source.url,
  };
}
