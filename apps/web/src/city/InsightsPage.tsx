import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';
import { TensionChart } from './TensionChart';
import { WijkMap } from './WijkMap';

type Report = Schemas['TensionReportDto'];
type Row = Schemas['TensionRowDto'];
type Wijk = Schemas['NeighbourhoodDto'];

interface Loaded {
  groups: Report;
  wijken: Report;
  outlines: Wijk[];
}

/** Everything the page shows as text first: totals now and in 2013, and the tightest and loosest group. */
function Summary({ groups }: { groups: Report }) {
  const { t, i18n } = useTranslation();
  const format = useFormats();
  const nameOf = (row: Row) => (i18n.language.startsWith('en') ? row.nameEn : row.nameNl);
  const ranked = groups.rows
    .filter((row): row is Row & { tension: number } => row.tension !== null)
    .sort((a, b) => a.tension - b.tension);
  const { totals, totals2013 } = groups;
  return (
    <div className="insight-summary">
      <p>
        {totals.jobSeekers === null
          ? t('city.insights.summaryNowHidden', { openVacancies: format.number(totals.openVacancies) })
          : totals.tension === null
            ? t('city.insights.summaryNowNoVacancies', { jobSeekers: format.number(totals.jobSeekers) })
            : t('city.insights.summaryNow', {
                jobSeekers: format.number(totals.jobSeekers),
                openVacancies: format.number(totals.openVacancies),
                tension: format.number(totals.tension, 1),
              })}
      </p>
      <p>
        {t('city.insights.summary2013', {
          jobSeekers: format.number(totals2013.jobSeekers),
          openVacancies: format.number(totals2013.openVacancies),
          tension: format.number(totals2013.tension, 1),
        })}
      </p>
      {ranked.length > 1 && (
        <ul>
          <li>
            {t('city.insights.tightest', {
              group: nameOf(ranked[0]),
              tension: format.number(ranked[0].tension, 1),
            })}
          </li>
          <li>
            {t('city.insights.loosest', {
              group: nameOf(ranked[ranked.length - 1]),
              tension: format.number(ranked[ranked.length - 1].tension, 1),
            })}
          </li>
        </ul>
      )}
    </div>
  );
}

function GroupsTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormats();
  const english = i18n.language.startsWith('en');
  const count = (value: number | null) => (value === null ? t('city.insights.table.hidden') : format.number(value));
  const tension = (row: Row) =>
    row.suppressed
      ? t('city.insights.table.hidden')
      : row.tension === null
        ? t('city.insights.table.none')
        : format.number(row.tension, 1);
  return (
    <div className="table-wrap" role="region" aria-labelledby="groups-caption" tabIndex={0}>
      <table className="figures">
        <caption id="groups-caption">{t('city.insights.table.groupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('city.insights.table.group')}</th>
            <th scope="col">{t('city.insights.table.jobSeekersNow')}</th>
            <th scope="col">{t('city.insights.table.vacanciesNow')}</th>
            <th scope="col">{t('city.insights.table.tensionNow')}</th>
            <th scope="col">{t('city.insights.table.jobSeekers2013')}</th>
            <th scope="col">{t('city.insights.table.vacancies2013')}</th>
            <th scope="col">{t('city.insights.table.tension2013')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{english ? row.nameEn : row.nameNl}</th>
              <td>{count(row.jobSeekers)}</td>
              <td>{format.number(row.openVacancies)}</td>
              <td>{tension(row)}</td>
              {row.figures2013 ? (
                <>
                  <td>{format.number(row.figures2013.jobSeekers, 1)}</td>
                  <td>{format.number(row.figures2013.openVacancies, 1)}</td>
                  <td>{format.number(row.figures2013.tension, 1)}</td>
                </>
              ) : (
                <td colSpan={3}>{t('city.insights.table.notInNote')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WijkenTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <div className="table-wrap" role="region" aria-labelledby="wijken-caption" tabIndex={0}>
      <table className="figures">
        <caption id="wijken-caption">{t('city.insights.table.wijkenCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('city.insights.table.wijk')}</th>
            <th scope="col">{t('city.insights.table.jobSeekers')}</th>
            <th scope="col">{t('city.insights.table.vacancies')}</th>
            <th scope="col">{t('city.insights.table.tension')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.nameNl}</th>
              <td>{row.jobSeekers === null ? t('city.insights.table.hidden') : format.number(row.jobSeekers)}</td>
              <td>{format.number(row.openVacancies)}</td>
              <td>
                {row.suppressed
                  ? t('city.insights.table.hidden')
                  : row.tension === null
                    ? t('city.insights.table.none')
                    : format.number(row.tension, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function InsightsPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void Promise.all([
      api.GET('/api/v1/insights/tension', { params: { query: { by: 'occupation-group' } } }),
      api.GET('/api/v1/insights/tension', { params: { query: { by: 'wijk' } } }),
      api.GET('/api/v1/neighbourhoods', { params: { query: { include: 'polygon' } } }),
    ]).then(([groups, wijken, outlines]) => {
      if (groups.data && wijken.data && outlines.data) {
        setLoaded({ groups: groups.data, wijken: wijken.data, outlines: outlines.data });
      } else {
        setFailed(true);
      }
    });
  }, []);

  return (
    <>
      <PageTitle>{t('city.insights.title')}</PageTitle>
      <p className="lead">{t('city.insights.intro')}</p>
      {failed && <ErrorText>{t('common.failed')}</ErrorText>}
      {!loaded && !failed && <p role="status">{t('common.loading')}</p>}
      {loaded && (
        <>
          <Summary groups={loaded.groups} />
          <p className="hint">
            {t('city.insights.source')}{' '}
            {t('city.insights.countedAt', { date: format.dateTime(loaded.groups.countedAt) })}
          </p>
          <p className="notice">{t('city.insights.privacy', { largestHidden: loaded.groups.minimumShown - 1 })}</p>
          <section aria-labelledby="by-group">
            <h2 id="by-group">{t('city.insights.groupsTitle')}</h2>
            <p>{t('city.insights.groupsIntro')}</p>
            <TensionChart rows={loaded.groups.rows} minimumShown={loaded.groups.minimumShown} />
            <GroupsTable rows={loaded.groups.rows} />
          </section>
          <section aria-labelledby="by-wijk">
            <h2 id="by-wijk">{t('city.insights.wijkenTitle')}</h2>
            <p>{t('city.insights.wijkenIntro')}</p>
            <WijkMap wijken={loaded.outlines} rows={loaded.wijken.rows} />
            <p className="hint">{t('city.insights.outsideGhent')}</p>
            <WijkenTable rows={loaded.wijken.rows} />
          </section>
        </>
      )}
    </>
  );
}
