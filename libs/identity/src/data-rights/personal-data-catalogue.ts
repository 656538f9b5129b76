// Every table in the schema, declared once: reference or technical data without personal data, or personal
// data with how to find a person's rows, what their export shows and what erasing them does.
// test/e2e/data-rights-catalogue.e2e-spec.ts compares this list with the live schema: a new table that is
// not declared here fails it, and so does a declared table or column that no longer exists.

/** Which of the person's identifiers a column holds. */
export type PersonIdentifier = 'accountId' | 'email';

/** Pseudonymised columns get a fixed value, the time of erasure, or the erasure's reason code. */
export const ERASED_AT = Symbol('erased-at');
export const ERASURE_REASON = Symbol('erasure-reason');
export type PseudonymValue = string | null | typeof ERASED_AT | typeof ERASURE_REASON;

export type Erasure =
  | { action: 'delete'; why: string }
  | { action: 'pseudonymise'; set: Readonly<Record<string, PseudonymValue>>; why: string }
  /** Kept as it is: the row holds ids only (pseudonymous once the account is erased). */
  | { action: 'retain'; legalBasis: string; period: string };

/** One way a table's rows belong to a person. */
export interface PersonLink {
  column: string;
  holds: PersonIdentifier;
  /** The column points at another table's row that belongs to the person (refresh token → session). */
  through?: { table: string; column: string; personColumn: string };
  /** true, or why the person's export leaves these rows out. */
  exported: true | { omittedBecause: string };
  erasure: Erasure;
}

export interface PersonalTable {
  table: string;
  kind: 'personal';
  title: { nl: string; en: string };
  /** In plain words, for the HTML export. */
  description: { nl: string; en: string };
  links: readonly PersonLink[];
  /** Columns the export leaves out, and why (secrets that are stored only as one-way hashes). */
  withheld?: Readonly<Record<string, string>>;
}

export interface NonPersonalTable {
  table: string;
  kind: 'reference' | 'technical';
  why: string;
}

export type TableDeclaration = PersonalTable | NonPersonalTable;

const HASH_ONLY = 'a one-way hash of a secret: it cannot be turned back into the secret and means nothing to read';
const DELETE_WITH_ACCOUNT = { action: 'delete', why: 'only serves the account itself' } as const;

const AUDIT_RETENTION: Erasure = {
  action: 'retain',
  legalBasis:
    'accountability (GDPR art. 5(2)) and the city archive rules: proof of who read or changed a file, and why',
  period: '10 years after the event (proposal, to be confirmed by the city archivist and DPO)',
};
const CONSENT_RETENTION: Erasure = {
  action: 'retain',
  legalBasis: 'proof of consent (GDPR art. 7(1)): that the person agreed, or withdrew, and when',
  period: '5 years after the last change (proposal, to be confirmed by the city DPO)',
};

/** Matching is a high-risk AI use: every ranking stays explainable for half a year, then it is deleted. */
const RANKING_RETENTION: Erasure = {
  action: 'retain',
  legalBasis:
    'EU AI Act art. 26(6) and 12: logs of a high-risk AI system (public employment matching) kept to explain and contest a ranking',
  period: '6 months after the ranking, then deleted by the daily search housekeeping job',
};

/** The mediators' records about a client are about the client only: erased with them. */
const CLIENT_RECORD_ERASURE: Erasure = {
  action: 'delete',
  why: 'about the client only; who read or changed it, and when, stays in audit_log',
};
/** A mediator's own export leaves out what they wrote in clients' files: it belongs to those files. */
const MEDIATORS_OWN_WORK = { omittedBecause: 'what a mediator recorded in clients’ files belongs to those files' };
const MEDIATOR_ID_RETAINED: Erasure = {
  action: 'retain',
  legalBasis: 'the client’s file, which names the mediator who wrote or decided something only by id',
  period: 'as long as the client’s record: until the client is erased on request or after 24 months without a login',
};

/** In erasure order: rows that point at others come before the rows they point at. */
export const PERSONAL_DATA_CATALOGUE: readonly TableDeclaration[] = [
  {
    table: 'refresh_tokens',
    kind: 'personal',
    title: { nl: 'Aanmeldsleutels', en: 'Sign-in keys' },
    description: {
      nl: 'De sleutels die je aangemeld houden. We bewaren ze alleen versleuteld.',
      en: 'The keys that keep you signed in. We only store them scrambled.',
    },
    links: [
      {
        column: 'session_id',
        holds: 'accountId',
        through: { table: 'sessions', column: 'id', personColumn: 'account_id' },
        exported: true,
        erasure: DELETE_WITH_ACCOUNT,
      },
    ],
    withheld: { token_hash: HASH_ONLY },
  },
  {
    table: 'sessions',
    kind: 'personal',
    title: { nl: 'Aanmeldingen', en: 'Sign-ins' },
    description: {
      nl: 'Wanneer je je aanmeldde en wanneer die aanmelding stopte.',
      en: 'When you signed in and when that sign-in ended.',
    },
    links: [{ column: 'account_id', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT }],
  },
  {
    table: 'password_tokens',
    kind: 'personal',
    title: { nl: 'Links om een wachtwoord te kiezen', en: 'Links to choose a password' },
    description: {
      nl: 'De links die we je mailden om een (nieuw) wachtwoord te kiezen.',
      en: 'The links we e-mailed you to choose a (new) password.',
    },
    links: [{ column: 'account_id', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT }],
    withheld: { token_hash: HASH_ONLY },
  },
  {
    table: 'account_claim_codes',
    kind: 'personal',
    title: { nl: 'Code om je account op te eisen', en: 'Code to claim your account' },
    description: {
      nl: 'De code op papier die je bemiddelaar je gaf om je account te openen.',
      en: 'The code on paper your mediator gave you to open your account.',
    },
    links: [
      { column: 'account_id', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT },
      {
        column: 'created_by',
        holds: 'accountId',
        exported: { omittedBecause: 'codes a mediator made for clients belong to those clients' },
        erasure: {
          action: 'retain',
          legalBasis: 'the client’s pending code, which names the mediator who made it only by id',
          period: 'until the code is used or expires (30 days)',
        },
      },
    ],
    withheld: { code_hash: HASH_ONLY },
  },
  {
    table: 'recruiter_invitations',
    kind: 'personal',
    title: { nl: 'Uitnodigingen als rekruteerder', en: 'Invitations as a recruiter' },
    description: {
      nl: 'Uitnodigingen om vacatures te beheren voor een werkgever: die jij stuurde of kreeg.',
      en: 'Invitations to manage vacancies for an employer: the ones you sent or received.',
    },
    links: [
      { column: 'invited_by', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT },
      {
        column: 'email',
        holds: 'email',
        exported: true,
        erasure: { action: 'delete', why: 'an invitation to the person’s address is about them' },
      },
    ],
    withheld: { token_hash: HASH_ONLY },
  },
  {
    table: 'outbox_events',
    kind: 'personal',
    title: { nl: 'Wijzigingen voor de zoekfunctie', en: 'Changes for the search' },
    description: {
      nl: 'Dat je profiel veranderde, zodat de zoekfunctie het opnieuw leest: alleen een nummer en een tijdstip.',
      en: 'That your profile changed, so the search reads it again: only a number and a time.',
    },
    links: [
      {
        // Profile events carry the account id; vacancy events carry vacancy ids, which never equal an account id.
        column: 'aggregate_id',
        holds: 'accountId',
        exported: true,
        erasure: {
          action: 'delete',
          why: 'only tells the search index to re-read the profile; the index is cleaned by its own erasure step',
        },
      },
    ],
  },
  {
    table: 'search_documents',
    kind: 'personal',
    title: { nl: 'Je anoniem profiel in de zoekfunctie', en: 'Your anonymous profile in the search' },
    description: {
      nl: 'Wat werkgevers van je profiel kunnen vinden als je dat toelaat: geen naam, adres of contact.',
      en: 'What employers can find of your profile when you allow it: no name, address or contact.',
    },
    links: [
      {
        // Profile documents are keyed by the account id; vacancy documents by vacancy ids.
        column: 'id',
        holds: 'accountId',
        exported: true,
        erasure: { action: 'delete', why: 'a copy of the profile for searching: gone with the profile' },
      },
    ],
  },
  {
    table: 'search_sync_failures',
    kind: 'personal',
    title: { nl: 'Zoekfunctie: nog bij te werken', en: 'Search: still to update' },
    description: {
      nl: 'Dat de zoekfunctie je profiel nog eens moet lezen omdat het de vorige keer mislukte.',
      en: 'That the search must read your profile again because the last try failed.',
    },
    links: [
      {
        column: 'aggregate_id',
        holds: 'accountId',
        exported: true,
        erasure: { action: 'delete', why: 'only a note to retry; nothing to retry once the profile is gone' },
      },
    ],
  },
  {
    table: 'ranking_records',
    kind: 'personal',
    title: { nl: 'Rangschikkingen van vacatures', en: 'Rankings of vacancies' },
    description: {
      nl: 'Welke vacatures we je toonden, in welke volgorde en waarom, zodat we dat later kunnen uitleggen.',
      en: 'Which vacancies we showed you, in which order and why, so we can explain it later.',
    },
    links: [
      { column: 'subject_account_id', holds: 'accountId', exported: true, erasure: RANKING_RETENTION },
      { column: 'requested_by', holds: 'accountId', exported: true, erasure: RANKING_RETENTION },
      { column: 'overridden_by', holds: 'accountId', exported: true, erasure: RANKING_RETENTION },
    ],
  },
  {
    table: 'job_seeker_profiles',
    kind: 'personal',
    title: { nl: 'Je profiel als werkzoekende', en: 'Your job-seeker profile' },
    description: {
      nl: 'Welk werk je zoekt, wat je kunt, je talen, hoe je je verplaatst, je wijk en je adres, en de feiten voor programma’s (geboortedatum, leefloon, artikel 60, arbeidshandicap).',
      en: 'What work you look for, what you can do, your languages, how you travel, your wijk and address, and the facts for programmes (date of birth, living wage, artikel 60, work disability).',
    },
    links: [
      {
        column: 'account_id',
        holds: 'accountId',
        exported: true,
        erasure: {
          action: 'delete',
          why: 'the profile is about the person only; who read or changed it stays in audit_log',
        },
      },
    ],
  },
  // The mediators' records about a client (mediation context). Exported to the client, notes included (GDPR
  // right of access, though the API shows notes to mediators only); erased with the client. Who read or
  // changed them stays in audit_log, so the ladder history is deleted rather than pseudonymised: without the
  // person it would only be steps and reasons about nobody, and reasons are free text that may name them.
  {
    table: 'client_notes',
    kind: 'personal',
    title: { nl: 'Notities van je bemiddelaar', en: 'Your mediator’s notes' },
    description: {
      nl: 'Wat bemiddelaars over je gesprekken en je zoektocht naar werk noteerden.',
      en: 'What mediators wrote down about your talks and your search for work.',
    },
    links: [
      { column: 'client_account_id', holds: 'accountId', exported: true, erasure: CLIENT_RECORD_ERASURE },
      { column: 'author_account_id', holds: 'accountId', exported: MEDIATORS_OWN_WORK, erasure: MEDIATOR_ID_RETAINED },
    ],
  },
  {
    table: 'ladder_step_changes',
    kind: 'personal',
    title: { nl: 'Je stappen op de activeringsladder', en: 'Your steps on the activation ladder' },
    description: {
      nl: 'Hoe ver je van werk stond en staat (zorg, onder de mensen komen, Nederlands leren, leren werken, begeleiding naar een job, werk): wanneer, door wie en waarom het veranderde.',
      en: 'How far from work you were and are (care, meeting people, learning Dutch, learning to work, help to find a job, work): when, by whom and why it changed.',
    },
    links: [
      { column: 'client_account_id', holds: 'accountId', exported: true, erasure: CLIENT_RECORD_ERASURE },
      {
        column: 'changed_by_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: MEDIATOR_ID_RETAINED,
      },
    ],
  },
  {
    table: 'referrals',
    kind: 'personal',
    title: { nl: 'Doorverwijzingen naar partners', en: 'Referrals to partners' },
    description: {
      nl: 'Naar wie je bemiddelaar je doorverwees (VDAB, De Stap, De Punt, OCMW, een cursus Nederlands …), waarvoor en hoe het afliep.',
      en: 'Where your mediator referred you (VDAB, De Stap, De Punt, OCMW, a Dutch course …), what for and how it went.',
    },
    links: [
      { column: 'client_account_id', holds: 'accountId', exported: true, erasure: CLIENT_RECORD_ERASURE },
      {
        column: 'created_by_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: MEDIATOR_ID_RETAINED,
      },
    ],
  },
  {
    table: 'caseload_transfers',
    kind: 'personal',
    title: { nl: 'Wissels van Werkpunt of bemiddelaar', en: 'Changes of Werkpunt or mediator' },
    description: {
      nl: 'Wanneer je naar een ander Werkpunt of een andere bemiddelaar ging, en waarom.',
      en: 'When you moved to another Werkpunt or mediator, and why.',
    },
    links: [
      { column: 'client_account_id', holds: 'accountId', exported: true, erasure: CLIENT_RECORD_ERASURE },
      {
        column: 'transferred_by_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: MEDIATOR_ID_RETAINED,
      },
      {
        column: 'from_mediator_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: MEDIATOR_ID_RETAINED,
      },
      {
        column: 'to_mediator_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: MEDIATOR_ID_RETAINED,
      },
    ],
  },
  {
    table: 'caseload_entries',
    kind: 'personal',
    title: { nl: 'Je Werkpunt en je bemiddelaar', en: 'Your Werkpunt and your mediator' },
    description: {
      nl: 'Bij welk Werkpunt je klant bent, wie je bemiddelaar is en wanneer je die laatst zag.',
      en: 'Which Werkpunt you are a client of, who your mediator is and when you last met.',
    },
    links: [
      { column: 'client_account_id', holds: 'accountId', exported: true, erasure: CLIENT_RECORD_ERASURE },
      {
        column: 'mediator_account_id',
        holds: 'accountId',
        exported: MEDIATORS_OWN_WORK,
        erasure: {
          action: 'pseudonymise',
          set: { mediator_account_id: null },
          why: 'the client stays in the Werkpunt’s caseload, without a responsible mediator until a colleague takes over',
        },
      },
    ],
  },
  {
    table: 'werkpunt_memberships',
    kind: 'personal',
    title: { nl: 'Werkpunten waar je werkt', en: 'Werkpunten you work at' },
    description: { nl: 'Voor bemiddelaars: de Werkpunten waar je werkt.', en: 'For mediators: where you work.' },
    links: [{ column: 'account_id', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT }],
  },
  {
    table: 'organisation_memberships',
    kind: 'personal',
    title: { nl: 'Werkgevers waarvoor je rekruteert', en: 'Employers you recruit for' },
    description: {
      nl: 'Voor rekruteerders: de werkgevers waarvoor je vacatures beheert.',
      en: 'For recruiters: the employers you manage vacancies for.',
    },
    links: [{ column: 'account_id', holds: 'accountId', exported: true, erasure: DELETE_WITH_ACCOUNT }],
  },
  {
    table: 'employer_visibility_consents',
    kind: 'personal',
    title: { nl: 'Zichtbaar voor werkgevers', en: 'Visible to employers' },
    description: {
      nl: 'Of werkgevers je profiel zonder naam mogen zien.',
      en: 'Whether employers may see your profile without your name.',
    },
    links: [
      {
        column: 'job_seeker_account_id',
        holds: 'accountId',
        exported: true,
        erasure: { action: 'delete', why: 'the current choice; its history is kept in consent_changes' },
      },
    ],
  },
  {
    table: 'contact_sharing_consents',
    kind: 'personal',
    title: { nl: 'Contactgegevens gedeeld met werkgevers', en: 'Contact details shared with employers' },
    description: {
      nl: 'De werkgevers die je naam, e-mail en telefoon mogen zien.',
      en: 'The employers that may see your name, e-mail and phone.',
    },
    links: [
      {
        column: 'job_seeker_account_id',
        holds: 'accountId',
        exported: true,
        erasure: { action: 'delete', why: 'the current choice; its history is kept in consent_changes' },
      },
    ],
  },
  {
    table: 'werkpunt_access_consents',
    kind: 'personal',
    title: { nl: 'Andere Werkpunten met toegang', en: 'Other Werkpunten with access' },
    description: {
      nl: 'De andere Werkpunten die je dossier mogen zien.',
      en: 'The other Werkpunten that may see your file.',
    },
    links: [
      {
        column: 'job_seeker_account_id',
        holds: 'accountId',
        exported: true,
        erasure: { action: 'delete', why: 'the current choice; its history is kept in consent_changes' },
      },
    ],
  },
  {
    table: 'consent_changes',
    kind: 'personal',
    title: { nl: 'Geschiedenis van je toestemmingen', en: 'History of your consents' },
    description: {
      nl: 'Elke keer dat je (of je bemiddelaar met jou erbij) een toestemming gaf of introk.',
      en: 'Every time you (or your mediator, with you present) gave or withdrew a consent.',
    },
    links: [
      { column: 'job_seeker_account_id', holds: 'accountId', exported: true, erasure: CONSENT_RETENTION },
      {
        column: 'mediator_account_id',
        holds: 'accountId',
        exported: { omittedBecause: 'changes a mediator made for clients belong to those clients’ files' },
        erasure: CONSENT_RETENTION,
      },
    ],
  },
  {
    table: 'audit_log',
    kind: 'personal',
    title: { nl: 'Wie keek naar je dossier', en: 'Who looked at your file' },
    description: {
      nl: 'Elke keer dat iemand anders je dossier bekeek of wijzigde, en waarom.',
      en: 'Every time someone else looked at or changed your file, and why.',
    },
    links: [
      { column: 'subject_job_seeker_account_id', holds: 'accountId', exported: true, erasure: AUDIT_RETENTION },
      {
        column: 'actor_account_id',
        holds: 'accountId',
        exported: { omittedBecause: 'what staff read in other people’s files belongs to those files' },
        erasure: AUDIT_RETENTION,
      },
    ],
  },
  {
    table: 'accounts',
    kind: 'personal',
    title: { nl: 'Je account', en: 'Your account' },
    description: {
      nl: 'Je naam, e-mailadres, telefoon, taal en rol.',
      en: 'Your name, e-mail address, phone, language and role.',
    },
    links: [
      {
        column: 'id',
        holds: 'accountId',
        exported: true,
        erasure: {
          action: 'pseudonymise',
          why: 'the row stays, without anything that identifies the person, as the target of retained audit and consent records',
          set: {
            display_name: 'Verwijderd account',
            email: null,
            phone: null,
            username: null,
            password_hash: null,
            home_werkpunt_id: null,
            last_active_at: null,
            inactivity_warned_at: null,
            status: 'erased',
            erased_at: ERASED_AT,
            erasure_reason: ERASURE_REASON,
          },
        },
      },
    ],
    withheld: { password_hash: HASH_ONLY },
  },
  {
    table: 'werkpunten',
    kind: 'reference',
    why: 'the city’s Werkpunten: addresses, opening hours and the office’s own phone and e-mail (not a person’s)',
  },
  {
    table: 'vacancy_status_changes',
    kind: 'personal',
    title: { nl: 'Vacatures die je publiceerde of afsloot', en: 'Vacancies you published or closed' },
    description: {
      nl: 'Voor rekruteerders: wanneer je een vacature aanmaakte, publiceerde, pauzeerde of afsloot, en waarom.',
      en: 'For recruiters: when you created, published, paused or closed a vacancy, and why.',
    },
    links: [
      {
        column: 'actor_account_id',
        holds: 'accountId',
        exported: true,
        // The employer keeps the history of its vacancy (which step, when, by which role, why), without the person.
        erasure: {
          action: 'pseudonymise',
          set: { actor_account_id: null },
          why: 'the step stays, who took it does not',
        },
      },
    ],
  },
  // Applications (applications context). The person's applications are deleted with them: an application is
  // about the person only, and the employer's board must not keep a candidate who left. The history of their
  // applications goes with them (ON DELETE CASCADE); steps they took on someone else's application (as a
  // former recruiter or mediator) keep the step without the person.
  {
    table: 'applications',
    kind: 'personal',
    title: { nl: 'Je sollicitaties', en: 'Your applications' },
    description: {
      nl: 'Op welke vacatures je solliciteerde of voorgesteld werd, hoe ver het staat en de feedback van de werkgever.',
      en: 'Which vacancies you applied or were proposed for, how far it got and the employer’s feedback.',
    },
    links: [
      {
        column: 'job_seeker_account_id',
        holds: 'accountId',
        exported: true,
        erasure: {
          action: 'delete',
          why: 'the application is about the person only; who read it stays in audit_log',
        },
      },
    ],
  },
  {
    table: 'application_status_changes',
    kind: 'personal',
    title: { nl: 'Stappen in sollicitaties', en: 'Steps in applications' },
    description: {
      nl: 'Wanneer jij een sollicitatie een stap verder zette (solliciteren, aanvaarden, intrekken of, als werkgever, beslissen) en je notitie erbij.',
      en: 'When you moved an application on (applying, accepting, withdrawing or, as an employer, deciding) and your note.',
    },
    links: [
      {
        column: 'actor_account_id',
        holds: 'accountId',
        exported: true,
        erasure: {
          action: 'pseudonymise',
          set: { actor_account_id: null },
          why: 'the step on someone else’s application stays, who took it does not (steps on the person’s own applications are deleted with them)',
        },
      },
    ],
  },
  {
    table: 'organisations',
    kind: 'reference',
    why: 'employers: name, KBO number, sector and the organisation’s own mailbox and switchboard (not a person’s); the people who act for it are in organisation_memberships',
  },
  { table: 'organisation_sites', kind: 'reference', why: 'employers’ workplaces: address, postcode, wijk' },
  {
    table: 'vacancies',
    kind: 'reference',
    why: 'employers’ vacancies and internship offers: organisation data, no person named (who changed them is in vacancy_status_changes)',
  },
  { table: 'neighbourhoods', kind: 'reference', why: 'Ghent’s wijken (open data)' },
  { table: 'neighbourhood_adjacencies', kind: 'reference', why: 'which wijken border each other' },
  { table: 'sub_municipalities', kind: 'reference', why: 'Ghent’s deelgemeenten' },
  { table: 'postcode_neighbourhoods', kind: 'reference', why: 'postcodes per wijk' },
  { table: 'isco_groups', kind: 'reference', why: 'ISCO-08 occupation groups' },
  { table: 'occupations', kind: 'reference', why: 'ESCO occupations' },
  { table: 'occupation_labels', kind: 'reference', why: 'names and synonyms of occupations' },
  { table: 'skills', kind: 'reference', why: 'the skill list' },
  { table: 'skill_isco_groups', kind: 'reference', why: 'skills per occupation group' },
  { table: 'typeorm_migrations', kind: 'technical', why: 'which migrations ran' },
  { table: 'search_sync_cursors', kind: 'technical', why: 'how far the search sync has read the outbox' },
  { table: 'search_indexes', kind: 'technical', why: 'the settings of each search index' },
  {
    table: 'search_words',
    kind: 'technical',
    why: 'single words of the indexed texts, for typo correction (job seekers’ documents give only occupation and skill names)',
  },
];

export function personalTables(): PersonalTable[] {
  return PERSONAL_DATA_CATALOGUE.filter((t): t is PersonalTable => t.kind === 'personal');
}

/** The tables whose rows about an erased person are all kept (with ids only): the documented retention. */
export function retentionTables(): string[] {
  return personalTables()
    .filter((t) => t.links.every((link) => link.erasure.action === 'retain'))
    .map((t) => t.table);
}
