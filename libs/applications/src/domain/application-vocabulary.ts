/** How an application came about. */
export enum ApplicationOrigin {
  Applied = 'applied',
  ProposedByMediator = 'proposed_by_mediator',
  InvitedByEmployer = 'invited_by_employer',
}

/** proposed → applied → screening → interview → offer → hired | rejected | withdrawn. */
export enum ApplicationStatus {
  Proposed = 'proposed',
  Applied = 'applied',
  Screening = 'screening',
  Interview = 'interview',
  Offer = 'offer',
  Hired = 'hired',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
}

/** Why an employer rejected: every rejection names one, and the job seeker reads it in plain language. */
export enum RejectionReason {
  MissingSkill = 'missing_skill',
  LanguageLevel = 'language_level',
  Experience = 'experience',
  PositionFilled = 'position_filled',
  Other = 'other',
}
