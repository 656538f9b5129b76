import { useEffect, useRef, useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ErrorText, StatusText } from '../../components/Alert';
import { PageTitle } from '../../components/PageTitle';
import { ISO_DATE } from './dates';
import { draftFromProfile, emptyDraft, type ProfileDraft, type StepProps } from './draft';
import { EducationStep } from './EducationStep';
import { HoursStep } from './HoursStep';
import { LanguagesStep } from './LanguagesStep';
import { OccupationsStep } from './OccupationsStep';
import { SkillsStep } from './SkillsStep';
import { TransportStep } from './TransportStep';
import { WijkStep } from './WijkStep';

/** No address, or a street and a Belgian postcode as the API takes them. */
function addressValid(address: ProfileDraft['address']): boolean {
  if (!address) return true;
  return address.streetAddress.trim().length >= 2 && /^[1-9][0-9]{3}$/.test(address.postcode);
}

interface Step {
  id: string;
  Component: ComponentType<StepProps>;
  /** The translation key of what is missing, or null when the step may be saved. */
  missing: (draft: ProfileDraft) => string | null;
}

// One question group per step, so nobody faces a long form at once.
const STEPS: Step[] = [
  {
    id: 'occupations',
    Component: OccupationsStep,
    missing: (d) => (d.desiredOccupations.length > 0 ? null : 'wizard.occupations.missing'),
  },
  {
    id: 'wijk',
    Component: WijkStep,
    missing: (d) =>
      d.homeWijkId > 0 ? (addressValid(d.address) ? null : 'wizard.wijk.addressInvalid') : 'wizard.wijk.missing',
  },
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
    missing: (d) =>
      d.workTime.hoursPerWeekMax < d.workTime.hoursPerWeekMin
        ? 'wizard.hours.missing'
        : d.availableFrom && !ISO_DATE.test(d.availableFrom)
          ? 'wizard.hours.fromInvalid'
          : null,
  },
];

function Progress({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <ol className="progress" aria-label={t('wizard.progress', { step: current + 1, total: STEPS.length })}>
      {STEPS.map((step, index) => (
        <li
          key={step.id}
          aria-current={index === current ? 'step' : undefined}
          className={index < current ? 'done' : undefined}
        >
          {t(`wizard.${step.id}.title`)}
        </li>
      ))}
    </ol>
  );
}

export function ProfileWizardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    void api.GET('/api/v1/me/profile').then(({ data }) => setDraft(data ? draftFromProfile(data) : emptyDraft()));
  }, []);
  // A new step replaces the form: say so by moving focus to its heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  if (!draft) return <PageTitle>{t('wizard.title')}</PageTitle>;
  const step = STEPS[index];
  const last = index === STEPS.length - 1;

  const next = async (event: FormEvent) => {
    event.preventDefault();
    const missing = step.missing(draft);
    if (missing) return setError(t(missing));
    // The API keeps only whole profiles (work wishes and wijk included): the first step waits for the second.
    const complete = draft.desiredOccupations.length > 0 && draft.homeWijkId > 0;
    if (complete) {
      const { data } = await api.PUT('/api/v1/me/profile', { body: draft });
      if (!data) return setError(t('wizard.saveFailed'));
    }
    setError('');
    setSaved(complete ? t('wizard.saved') : '');
    if (last) return void navigate('/matches');
    moved.current = true;
    setIndex(index + 1);
  };
  const back = () => {
    setError('');
    setSaved('');
    moved.current = true;
    setIndex(index - 1);
  };

  return (
    <>
      <PageTitle>{t('wizard.title')}</PageTitle>
      <p>{t('wizard.intro')}</p>
      <Progress current={index} />
      <form className="form wizard" onSubmit={(e) => void next(e)} noValidate>
        <h2 ref={heading} tabIndex={-1}>
          {t('wizard.stepHeading', { step: index + 1, total: STEPS.length, title: t(`wizard.${step.id}.title`) })}
        </h2>
        <step.Component
          draft={draft}
          change={(patch) => {
            // An answer being corrected: the old complaint and "saved" no longer describe what is on screen.
            setError('');
            setSaved('');
            setDraft({ ...draft, ...patch });
          }}
        />
        <ErrorText>{error}</ErrorText>
        <StatusText>{saved}</StatusText>
        <div className="wizard-buttons">
          {index > 0 && (
            <button type="button" className="button button-secondary" onClick={back}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="button">
            {t(last ? 'wizard.finish' : 'wizard.next')}
          </button>
        </div>
      </form>
    </>
  );
}
