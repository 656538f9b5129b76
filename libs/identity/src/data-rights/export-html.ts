import { PreferredLanguage } from '../accounts/account.entity';
import { PersonalDataExport } from './personal-data-export';

// The export as one self-contained, accessible page: no scripts, no external assets, a heading and a
// table per record type, plain words in the person's language.

const TEXT = {
  nl: {
    title: 'Jouw gegevens bij Werkpunt',
    intro:
      'Dit zijn alle gegevens die Werkpunt over jou bewaart, op de dag hieronder. Elke soort gegevens heeft een eigen stuk met een tabel.',
    made: 'Gemaakt op',
    contents: 'Inhoud',
    nothing: 'Hierover bewaren we niets van jou.',
    withheld: 'Niet getoond (alleen onleesbaar versleuteld bewaard):',
    empty: 'leeg',
    yes: 'ja',
    no: 'nee',
    questions:
      'Vragen, of klopt er iets niet? Vraag het aan je Werkpunt of aan de functionaris voor gegevensbescherming van de stad Gent.',
  },
  en: {
    title: 'Your data at Werkpunt',
    intro:
      'This is all the data Werkpunt keeps about you, on the day below. Each kind of data has its own part with a table.',
    made: 'Made on',
    contents: 'Contents',
    nothing: 'We keep nothing about you here.',
    withheld: 'Not shown (only stored scrambled, so nobody can read it):',
    empty: 'empty',
    yes: 'yes',
    no: 'no',
    questions:
      'Questions, or is something wrong? Ask your Werkpunt or the data protection officer of the City of Ghent.',
  },
} as const;

/** Column names in plain words; columns not listed are shown with their name made readable. */
const COLUMN_LABELS: Record<string, { nl: string; en: string }> = {
  id: { nl: 'nummer', en: 'number' },
  account_id: { nl: 'accountnummer', en: 'account number' },
  job_seeker_account_id: { nl: 'accountnummer', en: 'account number' },
  display_name: { nl: 'naam', en: 'name' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  phone: { nl: 'telefoon', en: 'phone' },
  username: { nl: 'gebruikersnaam', en: 'login name' },
  role: { nl: 'rol', en: 'role' },
  status: { nl: 'status', en: 'status' },
  preferred_language: { nl: 'taal', en: 'language' },
  created_at: { nl: 'gemaakt op', en: 'created' },
  updated_at: { nl: 'gewijzigd op', en: 'changed' },
  last_active_at: { nl: 'laatst aangemeld', en: 'last signed in' },
  occurred_at: { nl: 'wanneer', en: 'when' },
  granted: { nl: 'gegeven', en: 'given' },
  granted_at: { nl: 'gegeven op', en: 'given on' },
  expires_at: { nl: 'geldig tot', en: 'valid until' },
  used_at: { nl: 'gebruikt op', en: 'used on' },
  revoked_at: { nl: 'gestopt op', en: 'ended on' },
  actor_role: { nl: 'rol van wie keek', en: 'role of who looked' },
  purpose: { nl: 'waarom', en: 'why' },
  action: { nl: 'wat', en: 'what' },
};

export function renderExportHtml(data: PersonalDataExport): string {
  const lang = data.language === PreferredLanguage.English ? 'en' : 'nl';
  const t = TEXT[lang];
  const date = formatDate(new Date(data.exportedAt), lang);
  const contents = data.sections
    .map((s) => `<li><a href="#${escape(s.table)}">${escape(s.title)}</a> (${s.rows.length})</li>`)
    .join('');
  const sections = data.sections.map((section) => {
    const heading = `<h2 id="${escape(section.table)}">${escape(section.title)}</h2><p>${escape(section.description)}</p>`;
    const body = section.rows.length === 0 ? `<p>${t.nothing}</p>` : table(section.title, section.rows, lang);
    const withheld =
      section.withheld.length === 0
        ? ''
        : `<p>${t.withheld} ${section.withheld.map((w) => escape(label(w.column, lang))).join(', ')}</p>`;
    return `<section>${heading}${body}${withheld}</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #666;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee}
caption{text-align:left;font-weight:bold}
a{color:#0645ad}
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<p>${t.made}: <time datetime="${escape(data.exportedAt)}">${escape(date)}</time></p>
<nav aria-label="${t.contents}"><h2>${t.contents}</h2><ul>${contents}</ul></nav>
${sections.join('\n')}
<p>${t.questions}</p>
</main>
</body>
</html>
`;
}

function table(caption: string, rows: Record<string, unknown>[], lang: 'nl' | 'en'): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = columns.map((c) => `<th scope="col">${escape(label(c, lang))}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((c) => `<td>${escape(cell(row[c], lang))}</td>`).join('')}</tr>`)
    .join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function label(column: string, lang: 'nl' | 'en'): string {
  return COLUMN_LABELS[column]?.[lang] ?? column.replace(/_/g, ' ');
}

function cell(value: unknown, lang: 'nl' | 'en'): string {
  if (value === null || value === undefined) return `(${TEXT[lang].empty})`;
  if (value instanceof Date) return formatDate(value, lang);
  if (typeof value === 'boolean') return value ? TEXT[lang].yes : TEXT[lang].no;
  if (Array.isArray(value)) return value.length === 0 ? `(${TEXT[lang].empty})` : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number);
}

function formatDate(date: Date, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
