import { LatLon } from '../domain/lat-lon';
import { integerField, numberField, parseCsv, textField } from './csv-fields';

export interface PostcodeSectors {
  postcode: string;
  sectorCount: number;
}

/** One row of gent_wijken.csv. */
export interface WijkRecord {
  id: number;
  name: string;
  district: string;
  centroid: LatLon;
  areaKm2: number;
  statisticalSectorCount: number;
  primaryPostcode: string;
  postcodeSectors: PostcodeSectors[];
}

export function parseWijkenCsv(text: string, fileName = 'gent_wijken.csv'): WijkRecord[] {
  return parseCsv(text).map((row, index) => {
    const where = `${fileName} line ${index + 2}`;
    return {
      id: integerField(row, 'wijknr', where),
      name: textField(row, 'wijk', where),
      district: textField(row, 'stadsdeel', where),
      centroid: { lat: numberField(row, 'centroid_lat', where), lon: numberField(row, 'centroid_lon', where) },
      areaKm2: numberField(row, 'area_km2', where),
      statisticalSectorCount: integerField(row, 'n_stat_sectors', where),
      primaryPostcode: textField(row, 'postcode_primary_inferred', where),
      postcodeSectors: parsePostcodeSectors(textField(row, 'postcodes_inferred', where), where),
    };
  });
}

/** "9040:1;9041:14" — postcode and the number of the wijk's statistical sectors that carry it. */
export function parsePostcodeSectors(value: string, where: string): PostcodeSectors[] {
  return value.split(';').map((part) => {
    const match = /^(\d{4}):(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`${where}: cannot read postcode part "${part}" (expected e.g. "9040:6")`);
    return { postcode: match[1], sectorCount: Number(match[2]) };
  });
}
