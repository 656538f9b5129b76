import { jobPostingJsonLd, JobPostingSource } from './job-posting';
import { ContractType } from './vacancy-vocabulary';

const source: JobPostingSource = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  title: 'Kok',
  description: 'Je kookt mee in onze buurtkeuken.',
  publishedAt: new Date('2026-11-02T09:00:00Z'),
  closingDate: '2026-12-31',
  contractType: ContractType.Permanent,
  hoursPerWeekMax: 38,
  iscoCode: '5120',
  occupationLabel: 'kok',
  positions: 2,
  remoteSharePercent: 0,
  organisation: { name: 'Bakkerij Rabot', website: 'https://bakkerij-rabot.be' },
  site: { streetAddress: 'Wondelgemstraat 1', postcode: '9000' },
  url: 'https://werkpunt.gent/vacatures/0f8fad5b',
};

describe('JobPosting JSON-LD', () => {
  it('maps contract types to Google employment types', () => {
    expect(jobPostingJsonLd(source).employmentType).toEqual(['FULL_TIME']);
    expect(jobPostingJsonLd({ ...source, hoursPerWeekMax: 19 }).employmentType).toEqual(['PART_TIME']);
    expect(jobPostingJsonLd({ ...source, contractType: ContractType.Interim }).employmentType).toEqual([
      'FULL_TIME',
      'TEMPORARY',
    ]);
    expect(jobPostingJsonLd({ ...source, contractType: ContractType.InternshipAgreement }).employmentType).toEqual([
      'INTERN',
    ]);
  });

  it('leaves sameAs out when the organisation has no website', () => {
    const ld = jobPostingJsonLd({ ...source, organisation: { name: 'X', website: null } });
    expect(ld.hiringOrganization).toEqual({ '@type': 'Organization', name: 'X' });
  });
});
