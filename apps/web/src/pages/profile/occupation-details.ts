import { useEffect, useState } from 'react';
import { api, type Schemas } from '../../api/client';

type Detail = Schemas['OccupationDetailDto'];

// Steps come and go as people move back and forth: ask for each occupation once per visit.
const cache = new Map<string, Promise<Detail | undefined>>();

function load(id: string): Promise<Detail | undefined> {
  if (!cache.has(id)) {
    cache.set(
      id,
      api.GET('/api/v1/occupations/{id}', { params: { path: { id } } }).then(({ data }) => data),
    );
  }
  return cache.get(id)!;
}

/** Label, ISCO group and curated skills of each chosen occupation, in the order given. */
export function useOccupationDetails(ids: string[]): Detail[] {
  const [details, setDetails] = useState<Detail[]>([]);
  const key = ids.join(',');
  useEffect(() => {
    let current = true;
    void Promise.all(key ? key.split(',').map(load) : []).then((loaded) => {
      if (current) setDetails(loaded.filter((d): d is Detail => d !== undefined));
    });
    return () => {
      current = false;
    };
  }, [key]);
  return details;
}
