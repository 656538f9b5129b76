import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import type { StepProps } from './draft';

export function WijkStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const [wijken, setWijken] = useState<Schemas['NeighbourhoodDto'][]>([]);
  useEffect(() => {
    void api
      .GET('/api/v1/neighbourhoods')
      .then(({ data }) => setWijken([...(data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'))));
  }, []);
  return (
    <div className="field">
      <label htmlFor="wijk">{t('wizard.wijk.label')}</label>
      <p className="hint" id="wijk-hint">
        {t('wizard.wijk.hint')}
      </p>
      <select
        id="wijk"
        aria-describedby="wijk-hint"
        value={draft.homeWijkId || ''}
        onChange={(e) => change({ homeWijkId: Number(e.target.value) })}
      >
        <option value="">{t('wizard.wijk.choose')}</option>
        {wijken.map((wijk) => (
          <option key={wijk.id} value={wijk.id}>
            {wijk.name}
          </option>
        ))}
      </select>
    </div>
  );
}
