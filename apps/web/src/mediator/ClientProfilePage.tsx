import { useEffect, useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { draftFromProfile, emptyDraft, type ProfileDraft, type StepProps } from '../pages/profile/draft';
import { EducationStep } from '../pages/profile/EducationStep';
import { HoursStep } from '../pages/profile/HoursStep';
import { LanguagesStep } from '../pages/profile/LanguagesStep';
import { OccupationsStep } from '../pages/profile/OccupationsStep';
import { SkillsStep } from '../pages/profile/SkillsStep';
import { TransportStep } from '../pages/profile/TransportStep';
import { WijkStep } from '../pages/profile/WijkStep';
import { ClientNav, ClientPresent, useClient } from './shared';

// The job seeker's own questions, all on one page: at the desk the mediator and the client go through them
// together, and the API keeps only whole profiles anyway.
const SECTIONS: { id: string; Component: ComponentType<StepProps>; missing: (d: ProfileDraft) => string | null }[] = [
  {
    id: 'occupations',
    Component: OccupationsStep,
    missing: (d) => (d.desiredOccupations.length > 0 ? null : 'wizard.occupations.missing'),
  },
  { id: 'wijk', Component: WijkStep, missing: (d) => (d.homeWijkId > 0 ? null : 'wizard.wijk.missing') },
  { id: 'skills', Component: SkillsStep, missing: () => null },
  { id: 'education', Component: EducationStep, missing: () => null },
  { id: 'languages', Component: LanguagesStep, missing: () => null },
  {
    id: 'transport',
    Component: TransportStep,
    missing: (d) => (d.mobility.transportModes.length > 0 ? null : 'wizard.transport.missing'),
  },
  {
    id: 'hours',
    Component: HoursStep,
    missing: (d) => (d.workTime.hoursPerWeekMax >= d.workTime.hoursPerWeekMin ? null : 'wizard.hours.missing'),
  },
];

export function ClientProfilePage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const navigate = useNavigate();
  const { client } = useClient(accountId);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [present, setPresent] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api
      .GET('/api/v1/clients/{accountId}/profile', { params: { path: { accountId } } })
      .then(({ data }) => setDraft(data ? draftFromProfile(data) : emptyDraft()));
  }, [accountId]);

  const name = client && client !== 'missing' ? client.displayName : '';
  // No half title ("Profile of ") while the name is on its way.
  const title = name ? t('mediator.profile.title', { name }) : t('mediator.clientNav.profile');
  if (client === 'missing') return <PageTitle>{t('mediator.file.missing')}</PageTitle>;
  if (!draft || !client) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <p role="status">{t('common.loading')}</p>
      </>
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const missing = SECTIONS.map((s) => s.missing(draft)).filter((key): key is string => key !== null);
    if (!present) missing.push('mediator.clientPresent.missing');
    if (missing.length > 0) return setErrors(missing.map((key) => t(key)));
    setBusy(true);
    const { data } = await api.PUT('/api/v1/clients/{accountId}/profile', {
      params: { path: { accountId } },
      body: { ...draft, clientPresent: true },
    });
    setBusy(false);
    if (!data) return setErrors([t('wizard.saveFailed')]);
    void navigate(`/mediator/clients/${accountId}/matches`, { state: { saved: true } });
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ClientNav accountId={accountId} />
      <p>{t('mediator.profile.intro', { name })}</p>
      <form className="form client-profile" onSubmit={(e) => void save(e)} noValidate>
        {SECTIONS.map(({ id, Component }) => (
          <section key={id} aria-labelledby={`profile-${id}`}>
            <h2 id={`profile-${id}`}>{t(`wizard.${id}.title`)}</h2>
            <Component draft={draft} change={(patch) => setDraft({ ...draft, ...patch })} />
          </section>
        ))}
        <ClientPresent checked={present} onChange={setPresent} />
        <ErrorText>
          {errors.length > 0 && (
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </ErrorText>
        <button type="submit" className="button" disabled={busy}>
          {t('mediator.profile.save')}
        </button>
      </form>
    </>
  );
}
