import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { VacancyCard } from '../components/VacancyCard';
import { useBilingual } from '../i18n/bilingual';

type Facets = Schemas['VacancyFacetsView'];
type FacetName = 'occupationGroup' | 'wijk' | 'programme' | 'hours';
const FACETS: FacetName[] = ['wijk', 'occupationGroup', 'hours', 'programme'];

/** One group of filter checkboxes; the counts come from the last search. */
function FacetGroup({
  name,
  values,
  selected,
  onToggle,
}: {
  name: FacetName;
  values: Facets[FacetName];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation();
  const pick = useBilingual();
  if (values.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{t(`search.facet.${name}`)}</legend>
      {values.map((value) => (
        <label key={value.value} className="check">
          <input type="checkbox" checked={selected.includes(value.value)} onChange={() => onToggle(value.value)} />
          {t('search.facetValue', {
            // The API's programme labels are its codes; the app has plain words for them.
            label: name === 'programme' ? t(`programme.${value.value}`) : pick(value.label),
            count: value.count,
          })}
        </label>
      ))}
    </fieldset>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [words, setWords] = useState(params.get('q') ?? '');
  const [result, setResult] = useState<Schemas['VacancySearchView'] | null>(null);
  const [failed, setFailed] = useState(false);

  // The address holds the search, so a result page can be bookmarked, shared and reached with Back.
  useEffect(() => {
    const query = {
      q: params.get('q') || undefined,
      wijk: params.getAll('wijk').map(Number),
      occupationGroup: params.getAll('occupationGroup'),
      hours: params.getAll('hours') as ('lt20' | '20-29' | '30-34' | '35plus')[],
      programme: params.getAll('programme') as Schemas['VacancyDto']['programme'][],
      shortage: params.get('shortage') === 'true' ? true : undefined,
      limit: 20,
    };
    void api.GET('/api/v1/search/vacancies', { params: { query } }).then(({ data }) => {
      setFailed(!data);
      setResult(data ?? null);
    });
  }, [params]);

  const toggle = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    const values = next.getAll(name);
    next.delete(name);
    for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value])
      next.append(name, v);
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (words.trim()) next.set('q', words.trim());
    else next.delete('q');
    setParams(next);
  };

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <form role="search" className="search-box" onSubmit={submit}>
        <label htmlFor="search-words">{t('search.words')}</label>
        <div className="search-row">
          <input id="search-words" type="search" value={words} onChange={(e) => setWords(e.target.value)} />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <div className="search-layout">
        <section aria-labelledby="filters-title" className="filters">
          <h2 id="filters-title">{t('search.filters')}</h2>
          {result &&
            FACETS.map((name) => (
              <FacetGroup
                key={name}
                name={name}
                values={result.facets[name]}
                selected={params.getAll(name)}
                onToggle={(value) => toggle(name, value)}
              />
            ))}
          <label className="check">
            <input
              type="checkbox"
              checked={params.get('shortage') === 'true'}
              onChange={() => toggle('shortage', 'true')}
            />
            {t('search.shortageOnly')}
          </label>
        </section>
        <section aria-labelledby="results-title" className="results">
          <h2 id="results-title" className="visually-hidden">
            {t('search.results')}
          </h2>
          {failed && <ErrorText>{t('common.failed')}</ErrorText>}
          <p role="status">{result ? t('search.count', { count: result.total }) : t('common.loading')}</p>
          <ul className="card-list">
            {result?.items.map((vacancy) => (
              <li key={vacancy.id}>
                <VacancyCard vacancy={vacancy} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
