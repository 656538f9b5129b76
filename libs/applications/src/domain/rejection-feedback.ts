import { RejectionReason } from './application-vocabulary';

export type FeedbackLanguage = 'nl' | 'en';

const SENTENCES: Readonly<Record<RejectionReason, Readonly<Record<FeedbackLanguage, string>>>> = {
  [RejectionReason.MissingSkill]: {
    nl: 'De werkgever zocht iemand met een vaardigheid die je nog niet hebt. Je bemiddelaar helpt je graag verder.',
    en: 'The employer was looking for a skill you do not have yet. Your mediator is happy to help you further.',
  },
  [RejectionReason.LanguageLevel]: {
    nl: 'Voor deze job was een hoger taalniveau nodig. Blijf oefenen: het komt er zeker.',
    en: 'This job needed a higher language level. Keep practising: you will get there.',
  },
  [RejectionReason.Experience]: {
    nl: 'De werkgever zocht iemand met meer ervaring in dit werk. Elke stap telt mee.',
    en: 'The employer was looking for more experience in this work. Every step counts.',
  },
  [RejectionReason.PositionFilled]: {
    nl: 'De plaats is al ingevuld. Dat ligt niet aan jou: probeer gerust een andere vacature.',
    en: 'The position has already been filled. It is not about you: do try another vacancy.',
  },
  [RejectionReason.Other]: {
    nl: 'De werkgever koos deze keer voor iemand anders. Dank je om te solliciteren.',
    en: 'The employer chose someone else this time. Thank you for applying.',
  },
};

/** A short, kind sentence for the job seeker, in their language, with the employer's own words after it. */
export function plainFeedback(reason: RejectionReason, text: string | null, language: FeedbackLanguage): string {
  const sentence = SENTENCES[reason][language];
  return text
    ? `${sentence} ${language === 'nl' ? 'De werkgever schrijft' : 'The employer writes'}: “${text}”`
    : sentence;
}
