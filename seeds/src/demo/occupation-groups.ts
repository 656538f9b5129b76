// How each occupation group of the policy note looks in the demo: its ISCO codes (to find ESCO occupations), the
// sector of its employers, where those employers are and what its jobs and job seekers are like. Apart from the ISCO
// mapping these are plausible assumptions for demo data, not published figures.

import type { EducationLevel } from './demo-types';
import { OccupationGroupKey } from './figures';
import { SiteProfile } from './wijken';

export type ShiftPattern = 'office' | 'construction' | 'retail' | 'care' | 'production' | 'cleaning' | 'culture';

export interface OccupationGroupProfile {
  /**
   * ISCO-08 codes at any level; an ESCO occupation belongs to the group when its ISCO unit group starts with one.
   * 'mapping': from the suggested mapping in the shared reference data (labour/seed_occupation_groups_to_isco.csv;
   * its horeca row is unused, the 2013 tables have no horeca group); 'own': that mapping lacks the group, so it is
   * mapped here by the ISCO-08 titles.
   */
  isco: { codes: readonly string[]; source: 'mapping' | 'own' };
  /** NACE Rev. 2 classes of the employers that recruit for the group. */
  naceCodes: readonly string[];
  /** Sector words for fictional company names. */
  employerWords: readonly string[];
  siteProfile: SiteProfile;
  /** Share of employers that are non-profit (vzw) outside the social economy. */
  nonProfitShare: number;
  /** Share of employers in the social economy (maatwerkbedrijven, kringwinkels, lokale diensteneconomie). */
  socialEconomyShare: number;
  /**
   * Education of job seekers who want this group, before it is scaled so that all groups together meet the city-wide
   * 46/31/23 % (see education-mix.ts).
   */
  seekerEducation: Readonly<Record<EducationLevel, number>>;
  partTimeShare: number;
  interimShare: number;
  shiftPattern: ShiftPattern;
  /** Share of job seekers for the group with a truck licence (C or CE). */
  truckLicenceShare: number;
}

const DEFAULTS = {
  nonProfitShare: 0,
  socialEconomyShare: 0,
  partTimeShare: 0.1,
  interimShare: 0.05,
  shiftPattern: 'office',
  truckLicenceShare: 0.02,
} as const;

export const OCCUPATION_GROUP_PROFILES: Readonly<Record<OccupationGroupKey, OccupationGroupProfile>> = {
  cleaning: {
    ...DEFAULTS,
    isco: { codes: ['91', '5153'], source: 'mapping' },
    naceCodes: ['81.21', '81.22', '81.29'],
    employerWords: ['Schoonmaak', 'Poetsdienst', 'Schoonmaakdiensten', 'Glazenwasserij'],
    siteProfile: 'neighbourhood',
    socialEconomyShare: 0.15,
    seekerEducation: { low: 0.75, mid: 0.2, high: 0.05 },
    partTimeShare: 0.55,
    interimShare: 0.2,
    shiftPattern: 'cleaning',
  },
  construction: {
    ...DEFAULTS,
    // The mapping says 93 but means construction labourers (931); 932/933 belong to production and goods handling.
    isco: { codes: ['71', '931'], source: 'mapping' },
    naceCodes: ['41.20', '43.21', '43.22', '43.32', '43.34'],
    employerWords: ['Bouwbedrijf', 'Bouwonderneming', 'Renovatie', 'Dakwerken', 'Elektro', 'Sanitair'],
    siteProfile: 'neighbourhood',
    socialEconomyShare: 0.04,
    seekerEducation: { low: 0.6, mid: 0.32, high: 0.08 },
    interimShare: 0.15,
    shiftPattern: 'construction',
    truckLicenceShare: 0.15,
  },
  specialisedAdministration: {
    ...DEFAULTS,
    // Accounting associates, administrative and specialised secretaries, accounting and payroll clerks.
    isco: { codes: ['3313', '334', '431'], source: 'own' },
    naceCodes: ['69.20', '82.11', '78.20'],
    employerWords: ['Boekhoudkantoor', 'Accountancy', 'Fiduciaire', 'Sociaal Secretariaat'],
    siteProfile: 'office',
    seekerEducation: { low: 0.15, mid: 0.45, high: 0.4 },
    partTimeShare: 0.2,
  },
  ict: {
    ...DEFAULTS,
    isco: { codes: ['25', '35'], source: 'mapping' },
    naceCodes: ['62.01', '62.02', '63.11'],
    employerWords: ['Softwarehuis', 'IT-diensten', 'Datalab', 'Webbureau'],
    siteProfile: 'office',
    seekerEducation: { low: 0.08, mid: 0.27, high: 0.65 },
  },
  sales: {
    ...DEFAULTS,
    isco: { codes: ['5222', '5223', '5230'], source: 'mapping' },
    naceCodes: ['47.11', '47.19', '47.71', '47.52'],
    employerWords: ['Bakkerij', 'Modehuis', 'Buurtsuper', 'Doe-het-zelf', 'Schoenen'],
    siteProfile: 'retail',
    socialEconomyShare: 0.06,
    seekerEducation: { low: 0.5, mid: 0.4, high: 0.1 },
    partTimeShare: 0.45,
    interimShare: 0.1,
    shiftPattern: 'retail',
  },
  technicalSupervisors: {
    ...DEFAULTS,
    // Manufacturing and construction supervisors.
    isco: { codes: ['3122', '3123'], source: 'own' },
    naceCodes: ['24.10', '29.10', '41.20'],
    employerWords: ['Staalbouw', 'Metaalwerken', 'Montagebedrijf', 'Industriebouw'],
    siteProfile: 'industry',
    seekerEducation: { low: 0.2, mid: 0.45, high: 0.35 },
    shiftPattern: 'production',
  },
  salesRepresentatives: {
    ...DEFAULTS,
    // Technical and medical sales professionals, commercial sales representatives.
    isco: { codes: ['2433', '3322'], source: 'own' },
    naceCodes: ['46.69', '46.90', '46.46'],
    employerWords: ['Groothandel', 'Technische Handel', 'Distributie'],
    siteProfile: 'office',
    seekerEducation: { low: 0.2, mid: 0.45, high: 0.35 },
  },
  managers: {
    ...DEFAULTS,
    // Administrative and commercial managers, production and professional-services managers, hospitality and retail.
    isco: { codes: ['12', '132', '134', '14'], source: 'own' },
    naceCodes: ['70.10', '55.10', '56.10'],
    employerWords: ['Groep', 'Holding', 'Hotel', 'Brasserie'],
    siteProfile: 'office',
    seekerEducation: { low: 0.1, mid: 0.3, high: 0.6 },
  },
  industrialTechnicians: {
    ...DEFAULTS,
    // Electrical, electronics and mechanical engineering technicians; industrial machinery mechanics; electricians.
    isco: { codes: ['3113', '3114', '3115', '7233', '7412'], source: 'own' },
    naceCodes: ['33.12', '28.29', '20.14', '24.10'],
    employerWords: ['Elektromechanica', 'Onderhoudstechniek', 'Machinebouw', 'Automatisering'],
    siteProfile: 'industry',
    seekerEducation: { low: 0.25, mid: 0.55, high: 0.2 },
    interimShare: 0.15,
    shiftPattern: 'production',
  },
  nursesAndCarers: {
    ...DEFAULTS,
    isco: { codes: ['2221', '3221', '5321', '5322'], source: 'mapping' },
    naceCodes: ['86.10', '87.10', '88.10'],
    employerWords: ['Woonzorgcentrum', 'Thuiszorg', 'Zorggroep', 'Kliniek'],
    siteProfile: 'care',
    nonProfitShare: 0.6,
    seekerEducation: { low: 0.25, mid: 0.45, high: 0.3 },
    partTimeShare: 0.45,
    shiftPattern: 'care',
  },
  bankingAndInsurance: {
    ...DEFAULTS,
    // Finance professionals, credit and loans officers, insurance representatives.
    isco: { codes: ['241', '3312', '3321'], source: 'own' },
    naceCodes: ['64.19', '65.12', '66.22'],
    employerWords: ['Verzekeringen', 'Spaarbank', 'Kredietkantoor', 'Makelaardij'],
    siteProfile: 'office',
    seekerEducation: { low: 0.05, mid: 0.3, high: 0.65 },
  },
  machineAndCraneOperators: {
    ...DEFAULTS,
    // Earthmoving plant operators and crane operators (lifting-truck operators are goods handlers).
    isco: { codes: ['8342', '8343'], source: 'own' },
    naceCodes: ['52.24', '43.12'],
    employerWords: ['Grondwerken', 'Kraanverhuur', 'Havenbedrijf'],
    siteProfile: 'industry',
    seekerEducation: { low: 0.55, mid: 0.4, high: 0.05 },
    interimShare: 0.2,
    shiftPattern: 'production',
    truckLicenceShare: 0.4,
  },
  medicalDoctors: {
    ...DEFAULTS,
    isco: { codes: ['221'], source: 'own' },
    naceCodes: ['86.10', '86.21', '86.22'],
    employerWords: ['Groepspraktijk', 'Medisch Centrum', 'Kliniek'],
    siteProfile: 'care',
    nonProfitShare: 0.4,
    seekerEducation: { low: 0, mid: 0, high: 1 },
    partTimeShare: 0.2,
    shiftPattern: 'care',
  },
  businessConsultants: {
    ...DEFAULTS,
    // Administration professionals: management, policy and HR analysts.
    isco: { codes: ['242'], source: 'own' },
    naceCodes: ['70.22', '73.11'],
    employerWords: ['Advies', 'Consultancy', 'Managementadvies'],
    siteProfile: 'office',
    seekerEducation: { low: 0.05, mid: 0.2, high: 0.75 },
  },
  artsAndCulture: {
    ...DEFAULTS,
    // Creative and performing artists; photographers, designers, gallery technicians and other artistic occupations.
    isco: { codes: ['265', '3431', '3432', '3433', '3435'], source: 'own' },
    naceCodes: ['90.01', '90.03', '90.04'],
    employerWords: ['Theater', 'Atelier', 'Muziekcentrum', 'Productiehuis'],
    siteProfile: 'culture',
    nonProfitShare: 0.7,
    seekerEducation: { low: 0.2, mid: 0.35, high: 0.45 },
    partTimeShare: 0.4,
    shiftPattern: 'culture',
  },
  media: {
    ...DEFAULTS,
    // Authors, journalists and linguists; broadcasting and audiovisual technicians.
    isco: { codes: ['264', '352'], source: 'own' },
    naceCodes: ['60.20', '58.13', '59.11'],
    employerWords: ['Redactie', 'Uitgeverij', 'Beeldstudio', 'Omroep'],
    siteProfile: 'office',
    seekerEducation: { low: 0.15, mid: 0.35, high: 0.5 },
    partTimeShare: 0.25,
    shiftPattern: 'culture',
  },
  productionWorkers: {
    ...DEFAULTS,
    // Metal, chemical, plastics, food and other plant operators; assemblers; manufacturing labourers.
    isco: { codes: ['812', '813', '814', '816', '818', '82', '932'], source: 'own' },
    naceCodes: ['10.89', '29.32', '22.29', '24.10'],
    employerWords: ['Voedingsbedrijf', 'Kunststoffen', 'Metaalverwerking', 'Verpakking'],
    siteProfile: 'industry',
    socialEconomyShare: 0.2,
    seekerEducation: { low: 0.7, mid: 0.25, high: 0.05 },
    interimShare: 0.45,
    shiftPattern: 'production',
    truckLicenceShare: 0.05,
  },
  knowledgeAndCommunication: {
    ...DEFAULTS,
    // Archivists, curators and librarians; public relations professionals.
    isco: { codes: ['262', '2432'], source: 'own' },
    naceCodes: ['91.01', '70.21'],
    employerWords: ['Communicatiebureau', 'Archiefdienst', 'Erfgoedhuis'],
    siteProfile: 'culture',
    nonProfitShare: 0.4,
    seekerEducation: { low: 0.05, mid: 0.2, high: 0.75 },
    partTimeShare: 0.25,
  },
  goodsHandlers: {
    ...DEFAULTS,
    // The mapping's logistics codes without heavy-truck drivers (8332): drivers are a group of their own.
    isco: { codes: ['4321', '8344', '9333'], source: 'mapping' },
    naceCodes: ['52.10', '52.24', '49.41'],
    employerWords: ['Logistiek', 'Transport', 'Distributiecentrum', 'Opslag'],
    siteProfile: 'industry',
    socialEconomyShare: 0.1,
    seekerEducation: { low: 0.7, mid: 0.25, high: 0.05 },
    interimShare: 0.45,
    shiftPattern: 'production',
    truckLicenceShare: 0.3,
  },
  printers: {
    ...DEFAULTS,
    isco: { codes: ['732'], source: 'own' },
    naceCodes: ['18.12', '18.13'],
    employerWords: ['Drukkerij', 'Grafische Diensten'],
    siteProfile: 'industry',
    socialEconomyShare: 0.15,
    seekerEducation: { low: 0.4, mid: 0.45, high: 0.15 },
    shiftPattern: 'production',
  },
  agricultureAndGardening: {
    ...DEFAULTS,
    // Skilled agricultural, forestry and fishery workers; agricultural and garden labourers.
    isco: { codes: ['6', '921'], source: 'own' },
    naceCodes: ['81.30', '01.30', '01.19'],
    employerWords: ['Tuinaanleg', 'Kwekerij', 'Boomkwekerij', 'Tuinbouw'],
    siteProfile: 'outskirts',
    socialEconomyShare: 0.25,
    seekerEducation: { low: 0.6, mid: 0.3, high: 0.1 },
    interimShare: 0.1,
    shiftPattern: 'construction',
    truckLicenceShare: 0.08,
  },
  instructionAndTraining: {
    ...DEFAULTS,
    // Vocational teachers, other teaching professionals (NT2, IT trainers), training and staff development.
    isco: { codes: ['232', '235', '2424'], source: 'own' },
    naceCodes: ['85.59', '85.32'],
    employerWords: ['Opleidingscentrum', 'Vormingscentrum', 'Taalschool'],
    siteProfile: 'neighbourhood',
    nonProfitShare: 0.6,
    seekerEducation: { low: 0.1, mid: 0.3, high: 0.6 },
    partTimeShare: 0.35,
  },
  generalAdministration: {
    ...DEFAULTS,
    isco: { codes: ['4110', '4120', '4226'], source: 'mapping' },
    naceCodes: ['82.19', '82.20', '78.20'],
    employerWords: ['Kantoordiensten', 'Administratiekantoor', 'Onthaaldiensten'],
    siteProfile: 'office',
    socialEconomyShare: 0.05,
    seekerEducation: { low: 0.3, mid: 0.5, high: 0.2 },
    partTimeShare: 0.25,
    interimShare: 0.15,
  },
  socioCulturalWorkers: {
    ...DEFAULTS,
    // Social work and counselling professionals; social work associate professionals.
    isco: { codes: ['2635', '3412'], source: 'own' },
    naceCodes: ['88.99', '94.99'],
    employerWords: ['Buurtwerk', 'Jeugdwerk', 'Ontmoetingshuis'],
    siteProfile: 'neighbourhood',
    nonProfitShare: 0.9,
    seekerEducation: { low: 0.15, mid: 0.35, high: 0.5 },
    partTimeShare: 0.35,
    shiftPattern: 'culture',
  },
};
