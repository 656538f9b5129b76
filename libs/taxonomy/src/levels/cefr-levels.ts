/**
 * The six CEFR levels, described plainly for newcomers who learn Dutch (NT2) and the mediators who
 * help them. Kept in code, not in a table: fixed values that matching logic compares.
 */
export const CEFR_LEVEL_CODES = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevelCode = (typeof CEFR_LEVEL_CODES)[number];

export interface CefrLevel {
  code: CefrLevelCode;
  /** 1 for A1 up to 6 for C2: compare levels by rank. */
  rank: number;
  labelNl: string;
  labelEn: string;
  /** What a person can do at this level, in plain words. */
  canDoNl: string;
  canDoEn: string;
}

export const CEFR_LEVELS: readonly CefrLevel[] = [
  {
    code: 'A1',
    rank: 1,
    labelNl: 'beginner',
    labelEn: 'beginner',
    canDoNl:
      'Je kent bekende woorden en heel korte zinnen. Je kunt zeggen wie je bent en eenvoudige vragen stellen en beantwoorden, als de ander traag en duidelijk praat.',
    canDoEn:
      'You know familiar words and very short sentences. You can say who you are and ask and answer simple questions, if the other person speaks slowly and clearly.',
  },
  {
    code: 'A2',
    rank: 2,
    labelNl: 'basis',
    labelEn: 'elementary',
    canDoNl:
      'Je begrijpt korte, eenvoudige zinnen over gewone dingen: je werk, winkelen, de buurt. Je kunt kort iets vragen of uitleggen en een kort bericht lezen en schrijven.',
    canDoEn:
      'You understand short, simple sentences about everyday things: your work, shopping, the neighbourhood. You can briefly ask or explain something and read and write a short message.',
  },
  {
    code: 'B1',
    rank: 3,
    labelNl: 'zelfstandig (basis)',
    labelEn: 'intermediate',
    canDoNl:
      'Je begrijpt waar het over gaat als iemand duidelijk praat over werk, school of vrije tijd. Je redt je in de meeste situaties, vertelt eenvoudig over wat je deed en wilt doen, en schrijft een korte tekst over iets wat je kent.',
    canDoEn:
      'You understand the main points when someone speaks clearly about work, school or free time. You manage in most situations, talk simply about what you did and want to do, and write a short text about something you know.',
  },
  {
    code: 'B2',
    rank: 4,
    labelNl: 'zelfstandig',
    labelEn: 'upper intermediate',
    canDoNl:
      'Je begrijpt ook moeilijkere gesprekken en teksten, ook over je vak. Je praat vlot genoeg om zonder veel moeite samen te werken met Nederlandstaligen, en je kunt duidelijk uitleggen wat je denkt.',
    canDoEn:
      'You also understand harder conversations and texts, including about your trade. You speak well enough to work with Dutch speakers without much effort, and you can clearly explain what you think.',
  },
  {
    code: 'C1',
    rank: 5,
    labelNl: 'vaardig',
    labelEn: 'advanced',
    canDoNl:
      'Je begrijpt lange en moeilijke teksten, ook wat er niet letterlijk staat. Je praat vlot, zonder naar woorden te zoeken, en gebruikt de taal goed op het werk en in een opleiding.',
    canDoEn:
      'You understand long and difficult texts, including what is not said in so many words. You speak fluently without searching for words, and use the language well at work and in training.',
  },
  {
    code: 'C2',
    rank: 6,
    labelNl: 'zeer vaardig',
    labelEn: 'proficient',
    canDoNl:
      'Je begrijpt bijna alles wat je hoort en leest. Je praat en schrijft heel vlot en precies, ook over moeilijke onderwerpen, bijna zoals iemand met Nederlands als moedertaal.',
    canDoEn:
      'You understand almost everything you hear and read. You speak and write very fluently and precisely, also about difficult subjects, almost like someone whose mother tongue is Dutch.',
  },
];

export function isCefrLevelCode(value: unknown): value is CefrLevelCode {
  return typeof value === 'string' && (CEFR_LEVEL_CODES as readonly string[]).includes(value);
}

export function cefrLevel(code: CefrLevelCode): CefrLevel {
  const level = CEFR_LEVELS.find((candidate) => candidate.code === code);
  if (!level) throw new Error(`Unknown CEFR level "${code}"`);
  return level;
}

/** Negative when a is lower than b, 0 when equal, positive when higher; usable in Array.sort. */
export function compareCefrLevels(a: CefrLevelCode, b: CefrLevelCode): number {
  return cefrLevel(a).rank - cefrLevel(b).rank;
}

export function meetsCefrLevel(actual: CefrLevelCode, required: CefrLevelCode): boolean {
  return compareCefrLevels(actual, required) >= 0;
}

/** How many levels someone still has to climb to reach `required`; 0 when they already have it. */
export function cefrLevelsShort(actual: CefrLevelCode, required: CefrLevelCode): number {
  return Math.max(0, compareCefrLevels(required, actual));
}
