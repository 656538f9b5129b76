import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useAllSkills } from '../components/use-taxonomy';
import { useOccupationDetails } from '../pages/profile/occupation-details';
import { VacancyFacts } from '../pages/VacancyPage';
import { SelectField, TextAreaField } from './fields';
import { OccupationPicker } from './OccupationPicker';
import { useMyOrganisation, type Membership } from './organisation';
import { LicencesField, OtherLanguagesField, SkillsField } from './RequirementFields';
import {
  bodyOf,
  CONTRACTS,
  DUTCH_LEVELS,
  EDUCATION,
  emptyForm,
  formOf,
  missingFields,
  previewOf,
  PROGRAMMES,
  SHIFTS,
  type VacancyForm,
} from './vacancy-form';
import { VacancyLifecycle } from './VacancyLifecycle';
import { VacancyTabs } from './VacancyTabs';

type Vacancy = Schemas['VacancyDto'];
type Outcome = 'saved' | 'published';
const EDITABLE: Vacancy['status'][] = ['draft', 'published', 'paused'];

/** The fields an API problem names, nested ones (otherLanguages.0.level) as the form field they are part of. */
const topFields = (problem: unknown) => [...new Set(fieldsAtFault(problem).map((field) => field.split('.')[0]))];

/** The public posting, drawn by the job seekers' own vacancy page parts: what you see is what they get. */
function Preview({ form, base }: { form: VacancyForm; base: Vacancy | null }) {
  const { t } = useTranslation();
  const vacancy = previewOf(form, base);
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('employer.editor.previewTitle')}</h2>
      <p className="hint">{t('employer.editor.previewHint')}</p>
      <article className="preview-posting">
        <h3>{vacancy.title || t('employer.editor.previewNoTitle')}</h3>
        <VacancyFacts vacancy={vacancy} />
        <h4>{t('vacancy.about')}</h4>
        <p className="description">{vacancy.description || t('employer.editor.previewNoDescription')}</p>
      </article>
    </section>
  );
}

function Editor({ membership, id }: { membership: Membership; id: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const sites = membership.organisation.sites;
  const [base, setBase] = useState<Vacancy | null>(null);
  const [form, setForm] = useState<VacancyForm | null>(id ? null : emptyForm(sites[0]?.id ?? ''));
  const [missing, setMissing] = useState(false);
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [stepMessage, setStepMessage] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(
    (location.state as { outcome?: Outcome } | null)?.outcome ?? null,
  );
  const [busy, setBusy] = useState(false);
  const [occupationLabel, setOccupationLabel] = useState<string | null>(null);
  // The chosen occupation's details name it and list its curated skills to choose from.
  const details = useOccupationDetails(form?.occupationId ? [form.occupationId] : []);
  const occupation = details.find((d) => d.id === form?.occupationId);
  const chosenLabel = occupationLabel ?? occupation?.label ?? null;
  const allSkills = useAllSkills();

  useEffect(() => {
    if (!id) return;
    void api.GET('/api/v1/vacancies/{id}', { params: { path: { id } } }).then(({ data }) => {
      setMissing(!data);
      if (data) {
        setBase(data);
        setForm(formOf(data));
      }
    });
  }, [id]);

  if (missing) return <ErrorText>{t('employer.editor.missing')}</ErrorText>;
  if (!form) return <p role="status">{t('common.loading')}</p>;

  const status = base?.status ?? 'draft';
  const editable = EDITABLE.includes(status);
  const change = (part: Partial<VacancyForm>) => {
    setForm({ ...form, ...part });
    setOutcome(null);
  };
  const text = (name: keyof VacancyForm) => (e: { target: { value: string } }) => change({ [name]: e.target.value });
  const errorOf = (name: string) => (wrong.includes(name) ? t(`employer.editor.errors.${name}`) : undefined);

  /** Stores the form; returns the stored vacancy, or null after showing what is wrong. */
  const save = async (publishing: boolean): Promise<Vacancy | null> => {
    const missingNow = missingFields(form, publishing);
    setWrong(missingNow);
    if (missingNow.length > 0) {
      setError(t('employer.editor.checkFields'));
      return null;
    }
    const body = bodyOf(form);
    const { data, error: problem } = base
      ? await api.PATCH('/api/v1/vacancies/{id}', { params: { path: { id: base.id } }, body })
      : await api.POST('/api/v1/vacancies', { body: { ...body, organisationId: membership.organisation.id } });
    if (!data) {
      setWrong(topFields(problem));
      setError(t('employer.editor.saveFailed'));
      return null;
    }
    return data;
  };

  const submit = async (event: { preventDefault: () => void }, publishing: boolean) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setOutcome(null);
    setStepMessage('');
    let stored = await save(publishing);
    if (stored && publishing) {
      const { data, error: problem } = await api.POST('/api/v1/vacancies/{id}/publish', {
        params: { path: { id: stored.id } },
        body: {},
      });
      if (!data) {
        setWrong(topFields(problem));
        setError(t('employer.editor.publishFailed'));
      }
      stored = data ?? stored;
    }
    setBusy(false);
    if (!stored) return;
    const done: Outcome = stored.status === 'published' ? 'published' : 'saved';
    if (!base) {
      // A new vacancy gets its own address, so a reload or the back button finds it again.
      void navigate(`/employer/vacancies/${stored.id}/edit`, { replace: true, state: { outcome: done } });
      return;
    }
    setBase(stored);
    setForm(formOf(stored));
    if (publishing && stored.status !== 'published') return;
    setOutcome(done);
  };

  const canPublish = status === 'draft' || status === 'paused';
  return (
    <>
      {base && <VacancyTabs vacancy={base} />}
      <p>
        {t('employer.editor.status')}{' '}
        <span className={`vacancy-status vacancy-status-${status}`}>{t(`employer.vacancyStatus.${status}`)}</span>
      </p>
      <StatusText>
        {outcome && (
          <>
            <p>{t(outcome === 'published' ? 'employer.editor.published' : 'employer.editor.saved')}</p>
            {outcome === 'published' && base && (
              <p>
                <Link to={`/employer/vacancies/${base.id}/candidates`}>{t('employer.editor.toCandidates')}</Link>
              </p>
            )}
          </>
        )}
      </StatusText>
      {!editable && <p className="notice">{t('employer.editor.ended')}</p>}
      {sites.length === 0 && (
        <p className="notice notice-error">
          {t('employer.editor.noSites')} <Link to="/employer/organisation">{t('employer.editor.toOrganisation')}</Link>
        </p>
      )}
      <div className="editor-layout">
        <form className="form" onSubmit={(e) => void submit(e, false)} noValidate>
          <ErrorText>{error}</ErrorText>
          <Field
            label={t('employer.editor.title')}
            hint={t('employer.editor.titleHint')}
            required
            value={form.title}
            onChange={text('title')}
            error={errorOf('title')}
          />
          <OccupationPicker
            chosenLabel={chosenLabel}
            error={errorOf('occupationId')}
            onChoose={(occupation) => {
              setOccupationLabel(occupation.label);
              change({ occupationId: occupation.id });
            }}
          />
          <TextAreaField
            label={t('employer.editor.description')}
            hint={t('employer.editor.descriptionHint')}
            required
            value={form.description}
            onChange={text('description')}
            error={errorOf('description')}
          />
          <SelectField
            label={t('employer.editor.site')}
            value={form.siteId}
            onChange={text('siteId')}
            error={errorOf('siteId')}
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.neighbourhood
                  ? t('employer.editor.siteOption', { name: site.name, wijk: site.neighbourhood.name })
                  : site.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('employer.editor.kind')} value={form.kind} onChange={text('kind')}>
            <option value="vacancy">{t('employer.kind.vacancy')}</option>
            <option value="internship">{t('employer.kind.internship')}</option>
          </SelectField>
          <div className="field-row">
            <Field
              label={t('employer.editor.hoursMin')}
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={form.hoursPerWeekMin}
              onChange={text('hoursPerWeekMin')}
              error={errorOf('hoursPerWeekMin')}
            />
            <Field
              label={t('employer.editor.hoursMax')}
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={form.hoursPerWeekMax}
              onChange={text('hoursPerWeekMax')}
              error={errorOf('hoursPerWeekMax')}
            />
          </div>
          <fieldset>
            <legend>{t('employer.editor.shifts')}</legend>
            {SHIFTS.map((shift) => (
              <label key={shift} className="check">
                <input
                  type="checkbox"
                  checked={form.shifts.includes(shift)}
                  onChange={(e) =>
                    change({
                      shifts: e.target.checked ? [...form.shifts, shift] : form.shifts.filter((s) => s !== shift),
                    })
                  }
                />
                {t(`shift.${shift}`)}
              </label>
            ))}
          </fieldset>
          <SelectField
            label={t('employer.editor.dutch')}
            hint={t('employer.editor.dutchHint')}
            value={form.dutchLevel}
            onChange={text('dutchLevel')}
          >
            <option value="">{t('vacancy.noDutch')}</option>
            {DUTCH_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t('vacancy.dutchLevel', { level })}
              </option>
            ))}
          </SelectField>
          <OtherLanguagesField form={form} change={change} error={errorOf('otherLanguages')} />
          <SkillsField
            form={form}
            change={change}
            skills={occupation?.skills ?? []}
            known={allSkills}
            error={errorOf('requiredSkillIds') ?? errorOf('niceToHaveSkillIds')}
          />
          <LicencesField form={form} change={change} error={errorOf('drivingLicences')} />
          <SelectField
            label={t('employer.editor.education')}
            value={form.minimumEducation}
            onChange={text('minimumEducation')}
          >
            {EDUCATION.map((level) => (
              <option key={level} value={level}>
                {t(`employer.education.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('employer.editor.contract')} value={form.contractType} onChange={text('contractType')}>
            {CONTRACTS.map((contract) => (
              <option key={contract} value={contract}>
                {t(`contract.${contract}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('employer.editor.programme')}
            hint={t('employer.editor.programmeHint')}
            value={form.programme}
            onChange={text('programme')}
          >
            {PROGRAMMES.map((programme) => (
              <option key={programme} value={programme}>
                {t(`programme.${programme}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('employer.editor.positions')}
            type="number"
            inputMode="numeric"
            min={1}
            value={form.positions}
            onChange={text('positions')}
          />
          <Field
            label={t('employer.editor.startDate')}
            hint={t('employer.editor.startDateHint')}
            type="date"
            value={form.startDate}
            onChange={text('startDate')}
            error={errorOf('startDate')}
          />
          <Field
            label={t('employer.editor.closingDate')}
            hint={t('employer.editor.closingDateHint')}
            type="date"
            value={form.closingDate}
            onChange={text('closingDate')}
            error={errorOf('closingDate')}
          />
          {editable && (
            <div className="actions">
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t(status === 'draft' ? 'employer.editor.saveDraft' : 'employer.editor.saveChanges')}
              </button>
              {canPublish && (
                <button type="button" className="button" disabled={busy} onClick={(e) => void submit(e, true)}>
                  {t('employer.editor.publish')}
                </button>
              )}
            </div>
          )}
        </form>
        <Preview form={form} base={base} />
      </div>
      {base && (
        <VacancyLifecycle
          vacancy={base}
          onChanged={(vacancy, message) => {
            setBase(vacancy);
            setForm(formOf(vacancy));
            setOutcome(null);
            setStepMessage(message);
          }}
        />
      )}
      <StatusText>{stepMessage}</StatusText>
    </>
  );
}

export function VacancyEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { state } = useMyOrganisation();
  return (
    <>
      <PageTitle>{t(id ? 'employer.editor.editTitle' : 'employer.editor.newTitle')}</PageTitle>
      {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.status === 'failed' && <ErrorText>{t('common.failed')}</ErrorText>}
      {state.status === 'none' && <p>{t('employer.noOrganisation')}</p>}
      {state.status === 'ready' && <Editor key={id ?? 'new'} membership={state.membership} id={id} />}
    </>
  );
}
