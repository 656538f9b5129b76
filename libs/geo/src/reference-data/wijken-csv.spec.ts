import { parsePostcodeSectors, parseWijkenCsv } from './wijken-csv';

const HEADER =
  'wijknr,wijk,stadsdeel,centroid_lat,centroid_lon,area_km2,bbox_min_lon,bbox_min_lat,bbox_max_lon,bbox_max_lat,' +
  'n_stat_sectors,postcode_primary_inferred,postcodes_inferred,werkpunt_planned';

describe('parseWijkenCsv', () => {
  it('reads a row with several postcodes', () => {
    const [oostakker] = parseWijkenCsv(
      `${HEADER}\n12,Oostakker,Noordoost,51.091184,3.775719,10.68,3.74602,51.07141,3.81088,51.11137,15,9041,9040:1;9041:14,\n`,
    );
    expect(oostakker).toEqual({
      id: 12,
      name: 'Oostakker',
      district: 'Noordoost',
      centroid: { lat: 51.091184, lon: 3.775719 },
      areaKm2: 10.68,
      statisticalSectorCount: 15,
      primaryPostcode: '9041',
      postcodeSectors: [
        { postcode: '9040', sectorCount: 1 },
        { postcode: '9041', sectorCount: 14 },
      ],
    });
  });

  it('names the line and column of a bad value', () => {
    expect(() =>
      parseWijkenCsv(`${HEADER}\n18,Ledeberg,Oost,north,3.744466,1.491,0,0,0,0,7,9050,9050:7,Ledeberg\n`),
    ).toThrow('gent_wijken.csv line 2: column "centroid_lat" is not a number');
  });
});

describe('parsePostcodeSectors', () => {
  it('rejects a part without a sector count', () => {
    expect(() => parsePostcodeSectors('9040:6;9041', 'here')).toThrow('cannot read postcode part "9041"');
  });
});
