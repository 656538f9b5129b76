import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';

export function useVacancy(id: string): { vacancy: Schemas['VacancyDto'] | null; missing: boolean } {
  const [vacancy, setVacancy] = useState<Schemas['VacancyDto'] | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    void api.GET('/api/v1/vacancies/{id}', { params: { path: { id } } }).then(({ data }) => {
      setVacancy(data ?? null);
      setMissing(!data);
    });
  }, [id]);
  return { vacancy, missing };
}
