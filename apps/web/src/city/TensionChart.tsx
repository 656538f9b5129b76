import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFormats } from '../i18n/format';

type Row = Schemas['TensionRowDto'];

/**
 * Bars are capped so that one group of 2013 with 446 job seekers per vacancy does not squash all the others; the
 * number beside each bar is always the real value, so the cap hides nothing.
 */
export const CHART_CAP = 25;

function Bar({ value, kind }: { value: number; kind: 'now' | 'then' }) {
  const width = Math.max(0.5, (Math.min(value, CHART_CAP) / CHART_CAP) * 100);
  return (
    <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className={`bar-${kind}`} x="0" y="0" width={width} height="10" />
      {value > CHART_CAP && <path className="bar-cut" d="M96 0 L99 10" />}
    </svg>
  );
}

/**
 * Tension now beside 2013 per occupation group, as rows of text with a bar drawn under each number: the values are
 * text, the bars only repeat them, and the 2013 bars are striped so the two differ without colour.
 */
export function TensionChart({ rows, minimumShown }: { rows: Row[]; minimumShown: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormats();
  const english = i18n.language.startsWith('en');
  return (
    <figure className="tension-chart">
      <figcaption>{t('city.insights.chartCaption')}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <svg className="swatch" viewBox="0 0 10 10" focusable="false">
            <rect className="bar-now" width="10" height="10" />
          </svg>
          {t('city.insights.legendNow')}
        </li>
        <li>
          <svg className="swatch" viewBox="0 0 10 10" focusable="false">
            <rect className="bar-then" width="10" height="10" />
          </svg>
          {t('city.insights.legend2013')}
        </li>
      </ul>
      <ol className="chart-rows">
        {rows.map((row) => (
          <li key={row.key}>
            <span className="chart-label">{english ? row.nameEn : row.nameNl}</span>
            <span className="chart-value">
              {row.suppressed
                ? t('city.insights.hidden', { minimum: minimumShown })
                : row.tension === null
                  ? t('city.insights.noVacancy')
                  : t('city.insights.barNow', { value: format.number(row.tension, 1) })}
            </span>
            {row.tension !== null && <Bar value={row.tension} kind="now" />}
            {row.figures2013 && (
              <>
                <span className="chart-value">
                  {t('city.insights.bar2013', { value: format.number(row.figures2013.tension, 1) })}
                </span>
                <Bar value={row.figures2013.tension} kind="then" />
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="hint">{t('city.insights.chartCap', { cap: CHART_CAP })}</p>
    </figure>
  );
}
