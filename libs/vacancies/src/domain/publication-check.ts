/** What publishing needs that a draft may still lack. */
export interface PublishableFields {
  title: string;
  description: string;
  closingDate: string | null;
  positions: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
}

export interface PublicationProblem {
  field: string;
  message: string;
}

export const MIN_PUBLISHED_DESCRIPTION_LENGTH = 50;

/**
 * Whether a vacancy may be published on `today` (a yyyy-mm-dd date in Ghent): people must be able to apply
 * (closing date after today) and to tell what the job is (a real description).
 */
export function publicationProblems(vacancy: PublishableFields, today: string): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  if (!vacancy.closingDate)
    problems.push({ field: 'closingDate', message: 'A published vacancy needs a closing date.' });
  else if (vacancy.closingDate <= today)
    problems.push({ field: 'closingDate', message: `The closing date must be after today (${today}).` });
  if (vacancy.description.trim().length < MIN_PUBLISHED_DESCRIPTION_LENGTH)
    problems.push({
      field: 'description',
      message: `Describe the job in at least ${MIN_PUBLISHED_DESCRIPTION_LENGTH} characters before publishing.`,
    });
  if (vacancy.title.trim() === '') problems.push({ field: 'title', message: 'A published vacancy needs a title.' });
  if (vacancy.positions < 1) problems.push({ field: 'positions', message: 'At least one position.' });
  if (vacancy.hoursPerWeekMin > vacancy.hoursPerWeekMax)
    problems.push({ field: 'hoursPerWeekMax', message: 'hoursPerWeekMax must be at least hoursPerWeekMin.' });
  return problems;
}
