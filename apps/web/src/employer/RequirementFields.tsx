import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../components/use-taxonomy';
import { useLanguageLevels } from '../components/use-taxonomy';
import { useBilingual } from '../i18n/bilingual';
import { LANGUAGES, useLanguageName } from '../i18n/languages';
import { FieldMessages, useDescribedIds } from '../components/FieldMessages';
import { SelectField } from './fields';
import {
  DUTCH_LEVELS,
  LICENCES,
  MAX_OTHER_LANGUAGES,
  SKILL_WISHES,
  skillWish,
  withLicence,
  withSkillWish,
  type OtherLanguage,
  type VacancyForm,
} from './vacancy-form';

interface Props {
  form: VacancyForm;
  change: (part: Partial<VacancyForm>) => void;
}

/** A fieldset with its legend, hint and error, the error read out with the group. */
function Group({
  legend,
  hint,
  error,
  className,
  children,
}: {
  legend: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  const { hintId, errorId, describedBy } = useDescribedIds(hint, error);
  return (
    <fieldset
      className={[className, error ? 'field-invalid' : ''].filter(Boolean).join(' ') || undefined}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </fieldset>
  );
}

/**
 * The curated skills of the chosen occupation, each marked required, nice to have or not asked: one small radio
 * group per skill. Skills the vacancy already asks that are not in the list (another occupation, an import) stay
 * listed, so nothing is sent that the employer cannot see.
 */
export function SkillsField({
  form,
  change,
  skills,
  known,
  error,
}: Props & { skills: Skill[]; known: Skill[]; error?: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const asked = [...form.requiredSkillIds, ...form.niceToHaveSkillIds];
  const extra = asked
    .filter((id) => !skills.some((skill) => skill.id === id))
    .map((id) => known.find((skill) => skill.id === id) ?? { id, nameNl: id, nameEn: id, iscoCodes: [] });
  const shown = [...skills, ...extra];
  return (
    <Group legend={t('employer.editor.skills')} hint={t('employer.editor.skillsHint')} error={error}>
      {!form.occupationId && <p>{t('employer.editor.skillsNoOccupation')}</p>}
      {form.occupationId && shown.length === 0 && <p>{t('employer.editor.skillsNone')}</p>}
      {shown.map((skill) => {
        const wish = skillWish(form, skill.id);
        return (
          <fieldset key={skill.id} className="skill-wish">
            <legend>{pick({ nl: skill.nameNl, en: skill.nameEn })}</legend>
            <div className="skill-wish-options">
              {SKILL_WISHES.map((option) => (
                <label key={option} className="check">
                  <input
                    type="radio"
                    name={`skill-${skill.id}`}
                    value={option}
                    checked={wish === option}
                    onChange={() => change(withSkillWish(form, skill.id, option))}
                  />
                  {t(`employer.editor.skillWish.${option}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </Group>
  );
}

/** Other languages the job needs, each with its CEFR level: rows to add and remove. */
export function OtherLanguagesField({ form, change, error }: Props & { error?: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const nameOf = useLanguageName();
  const levels = useLanguageLevels();
  const rows = form.otherLanguages;
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After adding, the new row's language gets the focus; after removing, the add button does.
  const [focus, setFocus] = useState<'new' | 'add' | null>(null);
  useEffect(() => {
    if (focus === 'new') list.current?.querySelector<HTMLSelectElement>('li:last-child select')?.focus();
    if (focus === 'add') addButton.current?.focus();
    setFocus(null);
  }, [focus]);

  const byName = (a: string, b: string) => nameOf(a).localeCompare(nameOf(b));
  const levelText = (code: string) => {
    const found = levels.find((l) => l.code === code);
    return found
      ? t('employer.editor.languageLevel', { code, label: pick({ nl: found.labelNl, en: found.labelEn }) })
      : code;
  };
  const setRow = (index: number, row: OtherLanguage) =>
    change({ otherLanguages: rows.map((r, i) => (i === index ? row : r)) });
  const unused = LANGUAGES.filter((code) => !rows.some((r) => r.language === code)).sort(byName);
  const add = () => {
    if (!unused[0]) return;
    change({ otherLanguages: [...rows, { language: unused[0], level: 'B1' }] });
    setFocus('new');
  };
  return (
    <Group
      legend={t('employer.editor.otherLanguages')}
      hint={t('employer.editor.otherLanguagesHint')}
      error={error}
      className="other-languages"
    >
      {rows.length > 0 && (
        <ul className="language-rows" ref={list}>
          {rows.map((row, index) => {
            // The row's own language stays choosable, and so does a code the list above does not hold.
            const choices = [...new Set([row.language, ...unused])].sort(byName);
            const n = index + 1;
            return (
              <li key={index} className="field-row">
                <SelectField
                  label={t('employer.editor.language', { n })}
                  value={row.language}
                  onChange={(e) => setRow(index, { ...row, language: e.target.value })}
                >
                  {choices.map((code) => (
                    <option key={code} value={code}>
                      {nameOf(code)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t('employer.editor.languageLevelLabel', { n })}
                  value={row.level}
                  onChange={(e) => setRow(index, { ...row, level: e.target.value as OtherLanguage['level'] })}
                >
                  {DUTCH_LEVELS.map((code) => (
                    <option key={code} value={code}>
                      {levelText(code)}
                    </option>
                  ))}
                </SelectField>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    change({ otherLanguages: rows.filter((_, i) => i !== index) });
                    setFocus('add');
                  }}
                >
                  {t('employer.editor.languageRemove', { language: nameOf(row.language) })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length < MAX_OTHER_LANGUAGES && unused.length > 0 && (
        <button type="button" className="button button-secondary" ref={addButton} onClick={add}>
          {t('employer.editor.languageAdd')}
        </button>
      )}
    </Group>
  );
}

/** The driving licences the job needs; none ticked means none needed. */
export function LicencesField({ form, change, error }: Props & { error?: string }) {
  const { t } = useTranslation();
  return (
    <Group legend={t('employer.editor.licences')} hint={t('employer.editor.licencesHint')} error={error}>
      <div className="check-columns">
        {LICENCES.map((licence) => (
          <label key={licence} className="check">
            <input
              type="checkbox"
              checked={form.drivingLicences.includes(licence)}
              onChange={(e) => change({ drivingLicences: withLicence(form, licence, e.target.checked) })}
            />
            {t(`licence.${licence}`)}
          </label>
        ))}
      </div>
    </Group>
  );
}
