import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { Field } from '../../components/Field';
import type { StepProps } from './draft';

export function WijkStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const [wijken, setWijken] = useState<Schemas['NeighbourhoodDto'][]>([]);
  useEffect(() => {
    void api
      .GET('/api/v1/neighbourhoods')
      .then(({ data }) => setWijken([...(data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'))));
  }, []);
  const address = draft.address ?? { streetAddress: '', postcode: '' };
  // Both empty: no address at all, which is fine.
  const changeAddress = (patch: Partial<Schemas['AddressDto']>) => {
    const next = { ...address, ...patch };
    change({ address: next.streetAddress.trim() === '' && next.postcode.trim() === '' ? null : next });
  };
  return (
    <>
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
      <fieldset>
        <legend>{t('wizard.wijk.addressLabel')}</legend>
        <p className="hint">{t('wizard.wijk.addressWhy')}</p>
        <p className="hint">{t('wizard.wijk.addressWho')}</p>
        <Field
          label={t('wizard.wijk.street')}
          autoComplete="street-address"
          value={address.streetAddress}
          onChange={(e) => changeAddress({ streetAddress: e.target.value })}
        />
        <Field
          label={t('wizard.wijk.postcode')}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={4}
          value={address.postcode}
          onChange={(e) => changeAddress({ postcode: e.target.value.trim() })}
        />
      </fieldset>
    </>
  );
}
