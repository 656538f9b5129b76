import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useFormats } from '../i18n/format';
import { bandOf, fitProjection, pathOf, ringsOf, type Geometry, type MapBand } from './map-projection';

type Row = Schemas['TensionRowDto'];
type Wijk = Schemas['NeighbourhoodDto'];

const LEGEND: MapBand[] = ['band0', 'band1', 'band2', 'band3', 'band4', 'noVacancy', 'suppressed'];

/** The legend's swatch: the same fill (and, for the two special cases, the same pattern) as on the map. */
function Swatch({ band }: { band: MapBand }) {
  return (
    <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect className={`wijk wijk-${band}`} width="10" height="10" />
    </svg>
  );
}

/**
 * Ghent's wijken drawn from their GeoJSON outlines, coloured by tension band, each with its value written on it.
 * Every wijk takes keyboard focus and carries its figures as its accessible name; the panel under the map repeats the
 * figures of the wijk in focus or under the pointer for sighted users.
 */
export function WijkMap({ wijken, rows }: { wijken: Wijk[]; rows: Row[] }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [selected, setSelected] = useState<number | null>(null);

  const shapes = useMemo(() => {
    const rings = wijken.map((wijk) => ringsOf(wijk.polygon as Geometry | undefined));
    const projection = fitProjection(rings.flat(), 600);
    return {
      width: projection.width,
      height: projection.height,
      wijken: wijken.map((wijk, index) => ({
        wijk,
        path: pathOf(rings[index], projection),
        label: projection.project(wijk.centroid.lon, wijk.centroid.lat),
      })),
    };
  }, [wijken]);

  const rowOf = (id: number) => rows.find((row) => row.key === String(id));
  const tensionText = (row: Row | undefined) =>
    !row || row.suppressed
      ? t('city.insights.table.hidden')
      : row.tension === null
        ? t('city.insights.table.none')
        : format.number(row.tension, 1);
  const describe = (wijk: Wijk) => {
    const row = rowOf(wijk.id);
    return t('city.insights.wijkValue', {
      wijk: wijk.name,
      jobSeekers: row?.jobSeekers == null ? t('city.insights.table.hidden') : format.number(row.jobSeekers),
      openVacancies: format.number(row?.openVacancies ?? 0),
      tension: tensionText(row),
    });
  };
  const selectedWijk = wijken.find((wijk) => wijk.id === selected);

  return (
    <div className="wijk-map">
      <p className="hint">{t('city.insights.mapHint')}</p>
      <svg
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        role="group"
        aria-label={t('city.insights.mapLabel')}
        className="map"
      >
        <defs>
          <pattern id="wijk-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect className="hatch-ground" width="8" height="8" />
            <line className="hatch-line" x1="0" y1="0" x2="0" y2="8" />
          </pattern>
          <pattern id="wijk-dots" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect className="hatch-ground" width="8" height="8" />
            <circle className="hatch-dot" cx="4" cy="4" r="1.5" />
          </pattern>
        </defs>
        {shapes.wijken.map(({ wijk, path }) => {
          const row = rowOf(wijk.id);
          return (
            <path
              key={wijk.id}
              d={path}
              fillRule="evenodd"
              className={`wijk wijk-${row ? bandOf(row) : 'suppressed'}${selected === wijk.id ? ' wijk-selected' : ''}`}
              tabIndex={0}
              role="img"
              aria-label={describe(wijk)}
              onFocus={() => setSelected(wijk.id)}
              onMouseEnter={() => setSelected(wijk.id)}
            />
          );
        })}
        {/* Only numbers on the map: "not shown" and "no vacancy" have their own pattern, explained in the legend. */}
        {shapes.wijken.map(({ wijk, label }) => {
          const tension = rowOf(wijk.id)?.tension;
          return tension == null ? null : (
            <text key={wijk.id} x={label[0]} y={label[1]} className="wijk-label" aria-hidden="true">
              {format.number(tension, 1)}
            </text>
          );
        })}
      </svg>
      <p className="map-selected">{selectedWijk ? describe(selectedWijk) : t('city.insights.selectedNone')}</p>
      <h3>{t('city.insights.mapLegend')}</h3>
      <ul className="map-legend">
        {LEGEND.map((band) => (
          <li key={band}>
            <Swatch band={band} />
            {t(`city.insights.band.${band}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
