import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';

export type OccupationMatch = Schemas['OccupationMatchDto'];

/** Occupations matching the words typed (autocomplete): null until two letters are typed. */
export function useOccupationSearch(words: string): OccupationMatch[] | null {
  const [found, setFound] = useState<OccupationMatch[] | null>(null);
  useEffect(() => {
    if (words.trim().length < 2) return setFound(null);
    // Wait until typing pauses, so every key press does not start a request.
    const timer = setTimeout(() => {
      void api
        .GET('/api/v1/occupations', { params: { query: { q: words.trim(), limit: 8 } } })
        .then(({ data }) => setFound(data ?? []));
    }, 250);
    return () => clearTimeout(timer);
  }, [words]);
  return found;
}
