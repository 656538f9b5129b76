import { SearchHit } from '../search-engine';
import { roundKm, VacancyCardView } from './match-views';

/** What a result card shows of a vacancy document. */
export function vacancyCard(hit: SearchHit): VacancyCardView {
  const f = hit.fields;
  return {
    id: hit.id,
    title: f.title as string,
    occupationLabel: f.occupationLabel as string,
    organisationName: f.organisationName as string,
    neighbourhoodName: (f.neighbourhoodName as string | null) ?? null,
    programme: f.programme as string,
    hoursMin: f.hoursMin as number,
    hoursMax: f.hoursMax as number,
    dutchLevel: (f.dutchLevel as string | null) ?? null,
    shortage: f.shortage as boolean,
    closingDate: (f.closingDate as string | null) ?? null,
    distanceKm: roundKm(hit.distanceMeters),
  };
}
