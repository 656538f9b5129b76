// The occupation groups of the city's policy note "Werk en Activering Gent 2013–2018" (tables 7–9, Arvastat / VDAB,
// Ghent care area, yearly averages 2013) with the ISCO-08 codes the platform's occupations fall under. The demo seeds
// generate vacancies and job seekers from the same groups (seeds/src/demo); a spec keeps the two in step.

export interface OccupationGroup2013 {
  key: string;
  nameNl: string;
  nameEn: string;
  /** ISCO-08 codes at any level; an occupation belongs to the group whose code is the longest prefix of its own. */
  iscoCodes: readonly string[];
  openVacancies2013: number;
  jobSeekers2013: number;
  /** Job seekers per open vacancy as published (from unrounded averages, so not always the quotient of the two). */
  tension2013: number;
}

/** Non-working job seekers (NWWZ) and open vacancies in Ghent, 2013: the note's city totals. */
export const GHENT_TOTALS_2013 = { jobSeekers: 14_637, openVacancies: 2_311 } as const;

/** Table 9 lists only the groups with the highest tension, so the groups do not add up to the city totals. */
export const OCCUPATION_GROUPS_2013: readonly OccupationGroup2013[] = [
  {
    key: 'cleaning',
    nameNl: 'Schoonmaak- en onderhoudspersoneel',
    nameEn: 'Cleaning and maintenance staff',
    iscoCodes: ['91', '5153'],
    openVacancies2013: 369.1,
    jobSeekers2013: 2337.4,
    tension2013: 6.3,
  },
  {
    key: 'construction',
    nameNl: 'Bouwvakkers en -technici',
    nameEn: 'Construction workers and technicians',
    iscoCodes: ['71', '931'],
    openVacancies2013: 241.4,
    jobSeekers2013: 2016,
    tension2013: 8.3,
  },
  {
    key: 'specialisedAdministration',
    nameNl: 'Gespecialiseerde administratief medewerkers',
    nameEn: 'Specialised administrative staff',
    iscoCodes: ['3313', '334', '431'],
    openVacancies2013: 206.6,
    jobSeekers2013: 1162,
    tension2013: 5.6,
  },
  {
    key: 'ict',
    nameNl: 'Informatici en ICT-medewerkers',
    nameEn: 'IT and ICT staff',
    iscoCodes: ['25', '35'],
    openVacancies2013: 134.3,
    jobSeekers2013: 350.8,
    tension2013: 2.6,
  },
  {
    key: 'sales',
    nameNl: 'Verkopers',
    nameEn: 'Sales staff',
    iscoCodes: ['5222', '5223', '5230'],
    openVacancies2013: 130.3,
    jobSeekers2013: 2628,
    tension2013: 20.2,
  },
  {
    key: 'technicalSupervisors',
    nameNl: 'Technisch leidinggevenden',
    nameEn: 'Technical supervisors',
    iscoCodes: ['3122', '3123'],
    openVacancies2013: 117.8,
    jobSeekers2013: 255.8,
    tension2013: 2.2,
  },
  {
    key: 'salesRepresentatives',
    nameNl: 'Vertegenwoordigers',
    nameEn: 'Sales representatives',
    iscoCodes: ['2433', '3322'],
    openVacancies2013: 111.3,
    jobSeekers2013: 348.9,
    tension2013: 3.1,
  },
  {
    key: 'managers',
    nameNl: 'Leidinggevenden',
    nameEn: 'Managers',
    iscoCodes: ['12', '132', '134', '14'],
    openVacancies2013: 88.2,
    jobSeekers2013: 619,
    tension2013: 7.0,
  },
  {
    key: 'industrialTechnicians',
    nameNl: 'Industriële technici',
    nameEn: 'Industrial technicians',
    iscoCodes: ['3113', '3114', '3115', '7233', '7412'],
    openVacancies2013: 85.2,
    jobSeekers2013: 180.6,
    tension2013: 2.1,
  },
  {
    key: 'nursesAndCarers',
    nameNl: 'Verpleegkundigen en verzorgenden',
    nameEn: 'Nurses and carers',
    iscoCodes: ['2221', '3221', '5321', '5322'],
    openVacancies2013: 84.5,
    jobSeekers2013: 536,
    tension2013: 6.3,
  },
  {
    key: 'bankingAndInsurance',
    nameNl: 'Bank- en verzekeringsexperten',
    nameEn: 'Banking and insurance experts',
    iscoCodes: ['241', '3312', '3321'],
    openVacancies2013: 38.6,
    jobSeekers2013: 88.9,
    tension2013: 2.3,
  },
  {
    key: 'machineAndCraneOperators',
    nameNl: 'Machinisten en kraanmannen',
    nameEn: 'Machine and crane operators',
    iscoCodes: ['8342', '8343'],
    openVacancies2013: 12.5,
    jobSeekers2013: 53.2,
    tension2013: 4.3,
  },
  {
    key: 'medicalDoctors',
    nameNl: 'Medici',
    nameEn: 'Medical doctors',
    iscoCodes: ['221'],
    openVacancies2013: 7.1,
    jobSeekers2013: 32.0,
    tension2013: 4.5,
  },
  {
    key: 'businessConsultants',
    nameNl: 'Bedrijfsadviseurs',
    nameEn: 'Business consultants',
    iscoCodes: ['242'],
    openVacancies2013: 41.5,
    jobSeekers2013: 241.4,
    tension2013: 5.8,
  },
  {
    key: 'artsAndCulture',
    nameNl: 'Artiesten kunstenaars culturele beroepen',
    nameEn: 'Artists and cultural occupations',
    iscoCodes: ['265', '3431', '3432', '3433', '3435'],
    openVacancies2013: 2.2,
    jobSeekers2013: 967.6,
    tension2013: 446.6,
  },
  {
    key: 'media',
    nameNl: 'Mediapersoneel',
    nameEn: 'Media staff',
    iscoCodes: ['264', '352'],
    openVacancies2013: 3.2,
    jobSeekers2013: 700.3,
    tension2013: 221.2,
  },
  {
    key: 'productionWorkers',
    nameNl: 'Diverse productiemedewerkers',
    nameEn: 'Production workers',
    iscoCodes: ['812', '813', '814', '816', '818', '82', '932'],
    openVacancies2013: 20.8,
    jobSeekers2013: 3980.1,
    tension2013: 191.0,
  },
  {
    key: 'knowledgeAndCommunication',
    nameNl: 'Specialisten kennisbeheer en communicatie',
    nameEn: 'Knowledge management and communication specialists',
    iscoCodes: ['262', '2432'],
    openVacancies2013: 5.6,
    jobSeekers2013: 553.3,
    tension2013: 99.1,
  },
  {
    key: 'goodsHandlers',
    nameNl: 'Goederenbehandelaars',
    nameEn: 'Goods handlers',
    iscoCodes: ['4321', '8344', '9333'],
    openVacancies2013: 23.3,
    jobSeekers2013: 1937.0,
    tension2013: 83.3,
  },
  {
    key: 'printers',
    nameNl: 'Drukkers',
    nameEn: 'Printers',
    iscoCodes: ['732'],
    openVacancies2013: 1.6,
    jobSeekers2013: 127.4,
    tension2013: 80.5,
  },
  {
    key: 'agricultureAndGardening',
    nameNl: 'Land- tuin- en bosbouwers vissers',
    nameEn: 'Farmers gardeners foresters fishers',
    iscoCodes: ['6', '921'],
    openVacancies2013: 10.2,
    jobSeekers2013: 812.4,
    tension2013: 79.9,
  },
  {
    key: 'instructionAndTraining',
    nameNl: 'Instructie- opleidings- en vormingspersoneel',
    nameEn: 'Instruction and training staff',
    iscoCodes: ['232', '235', '2424'],
    openVacancies2013: 4.4,
    jobSeekers2013: 260.6,
    tension2013: 59.0,
  },
  {
    key: 'generalAdministration',
    nameNl: 'Algemeen administratief medewerkers',
    nameEn: 'General administrative staff',
    iscoCodes: ['4110', '4120', '4226'],
    openVacancies2013: 48.3,
    jobSeekers2013: 2582.8,
    tension2013: 53.5,
  },
  {
    key: 'socioCulturalWorkers',
    nameNl: 'Socio-cultureel werkers',
    nameEn: 'Socio-cultural workers',
    iscoCodes: ['2635', '3412'],
    openVacancies2013: 7.0,
    jobSeekers2013: 310.9,
    tension2013: 44.4,
  },
];

/** Occupations outside the note's groups: the note lists only the largest and the tightest groups. */
export const OTHER_GROUP_KEY = 'other';

/** The group of an ISCO-08 code: the longest matching prefix wins (2424 is instruction, not business consultancy). */
export function occupationGroupOf(iscoCode: string): string {
  let best: { key: string; length: number } | null = null;
  for (const candidate of OCCUPATION_GROUPS_2013) {
    for (const prefix of candidate.iscoCodes) {
      if (iscoCode.startsWith(prefix) && (!best || prefix.length > best.length)) {
        best = { key: candidate.key, length: prefix.length };
      }
    }
  }
  return best?.key ?? OTHER_GROUP_KEY;
}
