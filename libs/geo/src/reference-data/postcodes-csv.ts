import { LatLon } from '../domain/lat-lon';
import { numberField, parseCsv, textField } from './csv-fields';

/** One row of gent_postcodes.csv: a deelgemeente with its postcode and a representative point. */
export interface SubMunicipalityRecord {
  code: string;
  name: string;
  postcode: string;
  point: LatLon;
}

export function parsePostcodesCsv(text: string, fileName = 'gent_postcodes.csv'): SubMunicipalityRecord[] {
  return parseCsv(text).map((row, index) => {
    const where = `${fileName} line ${index + 2}`;
    return {
      code: textField(row, 'nis_subdivision_code', where),
      name: textField(row, 'deelgemeente', where),
      postcode: textField(row, 'postcode', where),
      point: { lat: numberField(row, 'lat', where), lon: numberField(row, 'lon', where) },
    };
  });
}
