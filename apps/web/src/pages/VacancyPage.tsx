import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorText, StatusText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useAllSkills } from '../components/use-taxonomy';
import { useBilingual } from '../i18n/bilingual';
import { useFormats } from '../i18n/format';
import { useLanguageName } from '../i18n/languages';

function ApplyButton({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  const [outcome, setOutcome] = useState<'idle' | 'busy' | 'applied' | 'already' | 'failed'>('idle');

  if (status !== 'signed-in') {
    return (
      <p>
        <Link className="button" to="/login" state={{ from: location.pathname }}>
          {t('vacancy.logInToApply')}
        </Link>
      </p>
    );
  }
  const apply = async () => {
    setOutcome('busy');
    const { data, response } = await api.POST('/api/v1/applications', { body: { vacancyId } });
    setOutcome(data ? 'applied' : response.status === 409 ? 'already' : 'failed');
  };
  const done = outcome === 'applied' || outcome === 'already';
  return (
    <div className="apply">
      {!done && (
        <button type="button" className="button" disabled={outcome === 'busy'} onClick={() => void apply()}>
          {t('vacancy.apply')}
        </button>
      )}
      {outcome === 'failed' && <ErrorText>{t('vacancy.applyFailed')}</ErrorText>}
      <StatusText>
        {done && (
          <>
            <p>{t(outcome === 'applied' ? 'vacancy.applied' : 'vacancy.alreadyApplied')}</p>
            <p>
              <Link to="/applications">{t('vacancy.toApplications')}</Link>
            </p>
          </>
        )}
      </StatusText>
    </div>
  );
}

export function VacancyFacts({ vacancy }: { vacancy: Schemas['VacancyDto'] }) {
  const { t } = useTranslation();
  const format = useFormats();
  const pick = useBilingual();
  const languageName = useLanguageName();
  const skills = useAllSkills();
  const closing = typeof vacancy.closingDate === 'string' ? vacancy.closingDate : null;
  // A skill the catalogue no longer has (an old import) is left out rather than shown as a code.
  const skillNames = (ids: string[]) =>
    ids
      .map((id) => skills.find((skill) => skill.id === id))
      .filter((skill) => skill !== undefined)
      .map((skill) => pick({ nl: skill.nameNl, en: skill.nameEn }));
  const required = skillNames(vacancy.requiredSkillIds);
  const niceToHave = skillNames(vacancy.niceToHaveSkillIds);
  return (
    <dl className="facts">
      <dt>{t('vacancy.hoursLabel')}</dt>
      <dd>{t('vacancy.hours', { min: vacancy.hoursPerWeekMin, max: vacancy.hoursPerWeekMax })}</dd>
      <dt>{t('vacancy.dutchLabel')}</dt>
      <dd>{vacancy.dutchLevel ? t('vacancy.dutchLevel', { level: vacancy.dutchLevel }) : t('vacancy.noDutch')}</dd>
      {vacancy.otherLanguages.length > 0 && (
        <>
          <dt>{t('vacancy.otherLanguagesLabel')}</dt>
          <dd>
            {vacancy.otherLanguages
              .map((l) => t('vacancy.otherLanguage', { language: languageName(l.language), level: l.level }))
              .join(', ')}
          </dd>
        </>
      )}
      {required.length > 0 && (
        <>
          <dt>{t('vacancy.requiredSkillsLabel')}</dt>
          <dd>{required.join(', ')}</dd>
        </>
      )}
      {niceToHave.length > 0 && (
        <>
          <dt>{t('vacancy.niceToHaveSkillsLabel')}</dt>
          <dd>{niceToHave.join(', ')}</dd>
        </>
      )}
      {vacancy.drivingLicences.length > 0 && (
        <>
          <dt>{t('vacancy.licencesLabel')}</dt>
          <dd>{vacancy.drivingLicences.map((licence) => t(`licence.${licence}`)).join(', ')}</dd>
        </>
      )}
      <dt>{t('vacancy.shiftsLabel')}</dt>
      <dd>{vacancy.shifts.map((shift) => t(`shift.${shift}`)).join(', ') || '–'}</dd>
      <dt>{t('vacancy.contractLabel')}</dt>
      <dd>{t(`contract.${vacancy.contractType}`)}</dd>
      {closing && (
        <>
          <dt>{t('vacancy.closingLabel')}</dt>
          <dd>{format.date(closing)}</dd>
        </>
      )}
    </dl>
  );
}

export function VacancyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [vacancy, setVacancy] = useState<Schemas['VacancyDto'] | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    void api.GET('/api/v1/vacancies/{id}', { params: { path: { id } } }).then(({ data }) => {
      setVacancy(data ?? null);
      setMissing(!data);
    });
  }, [id]);

  return (
    <>
      <PageTitle>{vacancy?.title ?? t('vacancy.title')}</PageTitle>
      {missing && <ErrorText>{t('vacancy.missing')}</ErrorText>}
      {!vacancy && !missing && <p role="status">{t('common.loading')}</p>}
      {vacancy && (
        <>
          <VacancyFacts vacancy={vacancy} />
          <h2>{t('vacancy.about')}</h2>
          <p className="description">{vacancy.description}</p>
          {vacancy.status === 'published' && <ApplyButton vacancyId={vacancy.id} />}
        </>
      )}
    </>
  );
}
