import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText, StatusText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';
import { useOccupationDetails } from '../pages/profile/occupation-details';
import { RejectForm } from './RejectForm';
import { useVacancy } from './use-vacancy';
import { VacancyTabs } from './VacancyTabs';

type Application = Schemas['BoardApplicationDto'];
type Status = Application['status'];
type Step = Schemas['ChangeStatusDto']['status'];

/**
 * The board's columns, in the order an application moves through them. Invitations and proposals the
 * person has not accepted yet are not on the board (the API leaves them out): they arrive under "new".
 */
const COLUMNS: Status[] = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'];

/** The employer's forward steps, as the API's lifecycle allows them. */
const NEXT: Partial<Record<Status, Step[]>> = {
  applied: ['screening', 'interview', 'offer'],
  screening: ['interview', 'offer'],
  interview: ['offer'],
  offer: ['hired'],
};

/** The fields of the anonymised candidate the board shows; the API sends the employer view of the profile. */
interface BoardCandidate {
  desiredOccupations?: { occupationId: string; experienceMonths: number }[];
  dutchLevel?: string | null;
  hoursPerWeekMin?: number;
  hoursPerWeekMax?: number;
}

function CandidateSummary({ candidate }: { candidate: BoardCandidate | null }) {
  const { t } = useTranslation();
  const occupations = candidate?.desiredOccupations ?? [];
  const details = useOccupationDetails(occupations.map((o) => o.occupationId));
  if (!candidate) return <p>{t('employer.board.noProfile')}</p>;
  return (
    <ul className="candidate-summary">
      {details.length > 0 && <li>{details.map((d) => d.label).join(', ')}</li>}
      <li>
        {candidate.dutchLevel
          ? t('vacancy.dutchLevel', { level: candidate.dutchLevel })
          : t('employer.candidates.noDutch')}
      </li>
      {candidate.hoursPerWeekMin !== undefined && (
        <li>{t('vacancy.hours', { min: candidate.hoursPerWeekMin, max: candidate.hoursPerWeekMax })}</li>
      )}
    </ul>
  );
}

function Contact({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<Schemas['ContactDetailsDto'] | 'hidden' | null>(null);
  const show = async () => {
    const { data } = await api.GET('/api/v1/applications/{id}/contact', { params: { path: { id: applicationId } } });
    setContact(data ?? 'hidden');
  };
  if (contact === null)
    return (
      <button type="button" className="link-button" onClick={() => void show()}>
        {t('employer.board.showContact')}
      </button>
    );
  if (contact === 'hidden') return <p role="status">{t('employer.board.contactHidden')}</p>;
  return (
    <dl className="facts" role="status">
      <dt>{t('employer.board.contactName')}</dt>
      <dd>{contact.displayName}</dd>
      {contact.email && (
        <>
          <dt>{t('employer.board.contactEmail')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </>
      )}
      {contact.phone && (
        <>
          <dt>{t('employer.board.contactPhone')}</dt>
          <dd>{contact.phone}</dd>
        </>
      )}
    </dl>
  );
}

interface CardProps {
  application: Application;
  name: string;
  onChanged: (message: string) => void;
}

function ApplicationCard({ application, name, onChanged }: CardProps) {
  const { t } = useTranslation();
  const format = useFormats();
  const next = NEXT[application.status] ?? [];
  const [step, setStep] = useState<Step | ''>(next[0] ?? '');
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState('');
  const headingId = `application-${application.id}`;

  const move = async () => {
    if (!step) return;
    setError('');
    const { data } = await api.POST('/api/v1/applications/{id}/status', {
      params: { path: { id: application.id } },
      body: { status: step },
    });
    if (data) onChanged(t('employer.board.moved', { name, status: t(`employer.applicationStatus.${step}`) }));
    else setError(t('employer.board.moveFailed'));
  };

  return (
    <article className="card board-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="card-meta">
        {t(`employer.origin.${application.origin}`)} ·{' '}
        {t('employer.board.since', { date: format.date(application.updatedAt) })}
      </p>
      <CandidateSummary candidate={(application.candidate ?? null) as BoardCandidate | null} />
      {application.status !== 'withdrawn' && <Contact applicationId={application.id} />}
      <ErrorText>{error}</ErrorText>
      {next.length > 0 && !rejecting && (
        <div className="board-actions">
          <label htmlFor={`${headingId}-step`}>{t('employer.board.nextStep', { name })}</label>
          <div className="search-row">
            <select id={`${headingId}-step`} value={step} onChange={(e) => setStep(e.target.value as Step)}>
              {next.map((s) => (
                <option key={s} value={s}>
                  {t(`employer.applicationStatus.${s}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button-secondary" onClick={() => void move()}>
              {t('employer.board.move')}
            </button>
          </div>
          <button type="button" className="button button-danger" onClick={() => setRejecting(true)}>
            {t('employer.board.reject', { name })}
          </button>
        </div>
      )}
      {rejecting && (
        <RejectForm
          applicationId={application.id}
          name={name}
          onCancel={() => setRejecting(false)}
          onRejected={() => onChanged(t('employer.board.rejected', { name }))}
        />
      )}
    </article>
  );
}

export function BoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { vacancy, missing } = useVacancy(id);
  const [items, setItems] = useState<Application[] | 'failed' | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/vacancies/{id}/applications', {
      params: { path: { id }, query: { limit: 200 } },
    });
    setItems(data?.items ?? 'failed');
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  // Numbered by arrival (the board is oldest first), so a name stays put when a card changes column.
  const names = new Map(
    Array.isArray(items) ? items.map((a, i) => [a.id, t('employer.board.name', { number: i + 1 })]) : [],
  );
  const changed = (text: string) => {
    setMessage(text);
    void load();
  };

  return (
    <>
      <PageTitle>{t('employer.board.title')}</PageTitle>
      {vacancy && (
        <>
          <p className="lead">{vacancy.title}</p>
          <VacancyTabs vacancy={vacancy} />
        </>
      )}
      {missing && <ErrorText>{t('employer.editor.missing')}</ErrorText>}
      <p>{t('employer.board.intro')}</p>
      <StatusText>{message}</StatusText>
      {items === null && <p role="status">{t('common.loading')}</p>}
      {items === 'failed' && <ErrorText>{t('common.failed')}</ErrorText>}
      {Array.isArray(items) && items.length === 0 && <p>{t('employer.board.empty')}</p>}
      {Array.isArray(items) && items.length > 0 && (
        <div className="board">
          {COLUMNS.map((status) => {
            const inColumn = items.filter((a) => a.status === status);
            return (
              <section key={status} className="board-column" aria-labelledby={`column-${status}`}>
                <h2 id={`column-${status}`}>
                  {t('employer.board.column', {
                    status: t(`employer.applicationStatus.${status}`),
                    count: inColumn.length,
                  })}
                </h2>
                {inColumn.length === 0 ? (
                  <p className="hint">{t('employer.board.columnEmpty')}</p>
                ) : (
                  <ul className="card-list">
                    {inColumn.map((application) => (
                      <li key={application.id}>
                        <ApplicationCard
                          application={application}
                          name={names.get(application.id) ?? ''}
                          onChanged={changed}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
