import { IndexDefinition, InvalidSearchQueryError, SearchQuery } from '../search-engine';
import { boundingBox } from './geo-box';
import { assertFilterable, assertGeoUsable, assertSortable, pageOf } from './index-definition-rules';
import { fieldJson, filterToSql, SqlParams } from './postgres-filter-sql';
import { tsquerySql } from './postgres-text-query';

export interface SearchStatement {
  sql: string;
  values: unknown[];
}

interface Shape {
  /** Expressions over `d` computed once per match: sort keys and facet values. */
  columns: string[];
  order: string;
}

interface Matching {
  where: string[];
  textJoin: string;
  rank: string;
  distance: string;
  hasText: boolean;
}

/** The WHERE clauses, text join, relevance and distance expressions both statements share. */
function matchingOf(index: IndexDefinition, query: SearchQuery, params: SqlParams): Matching {
  assertGeoUsable(index, query);
  // A literal, not a parameter: the per-index partial indexes (geo) are only usable when the planner sees it.
  const where = [`d.index_name = ${indexNameLiteral(index)}`];
  for (const filter of query.filters ?? []) where.push(filterToSql(filter, index, params));

  const text = query.text?.trim() ?? '';
  let textJoin = '';
  let rank = '0::real';
  if (text !== '') {
    // The query terms are evaluated once in a one-row subquery, not per candidate row. Misspelt words are
    // corrected against the vocabulary before (PostgresSearchEngine.search), not matched here.
    textJoin = `CROSS JOIN (SELECT ${tsquerySql(text, index.synonyms, params)} AS tsq) q`;
    where.push(`d.tsv @@ q.tsq`);
    rank = `ts_rank_cd(d.tsv, q.tsq)`;
  }

  let distance = 'NULL::float8';
  if (query.geo) {
    const point = checkedPoint(query.geo.point);
    distance = `public.search_distance_m(${params.add(point.lat)}::float8, ${params.add(point.lng)}::float8, d.lat, d.lng)`;
    if (query.geo.radiusMeters !== undefined) {
      const radius = query.geo.radiusMeters;
      assertRadius(radius);
      const box = boundingBox(point, radius);
      // The rectangle is what the (index_name, lat, lng) btree answers; the exact distance trims its corners.
      where.push(
        `d.lat IS NOT NULL AND d.lng IS NOT NULL`,
        `d.lat BETWEEN ${params.add(box.minLat)}::float8 AND ${params.add(box.maxLat)}::float8`,
        `${distance} <= ${params.add(radius)}::float8`,
      );
      if (box.minLng !== undefined && box.maxLng !== undefined) {
        where.push(`d.lng BETWEEN ${params.add(box.minLng)}::float8 AND ${params.add(box.maxLng)}::float8`);
      }
    }
  }
  return { where, textJoin, rank, distance, hasText: text !== '' };
}

function assertRadius(radius: unknown): asserts radius is number {
  if (!(typeof radius === 'number' && radius >= 0 && Number.isFinite(radius))) {
    throw new InvalidSearchQueryError(`radiusMeters must be a non-negative number, got ${String(radius)}`);
  }
}

function indexNameLiteral(index: IndexDefinition): string {
  if (!/^[a-z0-9_]+$/.test(index.name)) throw new InvalidSearchQueryError(`Bad index name "${index.name}"`);
  return `'${index.name}'`;
}

/**
 * One statement answers a search. The matches are computed once (a MATERIALIZED CTE) and shared by the
 * exact total, the facet counts and the page, so counting never rescans the table. The CTE carries only
 * what ordering and facets need, not the documents: only the page's bodies are fetched, by primary key.
 * The result is one row: total, hits (JSON array in page order) and facets (JSON object).
 */
export function searchStatement(index: IndexDefinition, query: SearchQuery): SearchStatement {
  const params = new SqlParams();
  const { limit, offset } = pageOf(query);
  const { where, textJoin, rank, distance, hasText } = matchingOf(index, query, params);
  const shape = shapeOf(index, query, hasText);
  const facets = [...new Set(query.facets ?? [])];
  facets.forEach((field, i) => {
    assertFilterable(index, field);
    shape.columns.push(`${fieldJson(field)} AS f${i}`);
  });

  const sql = `
    WITH matched AS MATERIALIZED (
      SELECT d.id, ${rank} AS rank, ${distance} AS distance${shape.columns.map((c) => `, ${c}`).join('')}
      FROM search_documents d ${textJoin}
      WHERE ${where.join('\n        AND ')}
    ),
    page AS (
      SELECT m.* FROM matched m ORDER BY ${shape.order} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}
    )
    SELECT (SELECT count(*) FROM matched)::int AS total,
           (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', m.id, 'version', d.version, 'body', d.body,
                                                         'lat', d.lat, 'lng', d.lng, 'distance', m.distance)
                                      ORDER BY ${shape.order}), '[]'::jsonb)
              FROM page m
              JOIN search_documents d ON d.index_name = ${params.add(index.name)} AND d.id = m.id) AS hits,
           ${facetsSql(facets)} AS facets`;
  return { sql, values: params.values };
}

/**
 * Only the page, without counting (SearchQuery.countTotal false): rows in order, no total, no facets. Sorted by
 * distance, it orders by a planar distance at Ghent's scale (cos 51.05°), which orders like the great-circle
 * distance to far less than a metre per kilometre here; distanceMeters stays exact.
 */
export function pageStatement(index: IndexDefinition, query: SearchQuery): SearchStatement {
  if ((query.facets ?? []).length > 0) throw new InvalidSearchQueryError('Facets need countTotal (they count)');
  const params = new SqlParams();
  const { limit, offset } = pageOf(query);
  const first = query.sort?.[0];
  if (!query.text?.trim() && query.geo && first && 'geoDistance' in first) {
    return nearestFirstStatement(index, query, params, { limit, offset });
  }
  const { where, textJoin, rank, distance, hasText } = matchingOf(index, query, params);
  const terms: string[] = hasText ? [`${rank} DESC`] : [];
  for (const sort of query.sort ?? []) {
    if ('geoDistance' in sort) {
      if (!query.geo) throw new InvalidSearchQueryError('geoDistance sort needs geo.point');
      const point = checkedPoint(query.geo.point);
      where.push('d.lat IS NOT NULL AND d.lng IS NOT NULL');
      terms.push(
        `point(d.lng * ${GHENT_LNG_SCALE}, d.lat) <-> point(${params.add(point.lng * GHENT_LNG_SCALE)}::float8, ${params.add(point.lat)}::float8)`,
      );
    } else {
      assertSortable(index, sort.field);
      terms.push(fieldOrderSql(sort.field, sort.direction));
    }
  }
  for (const tieBreaker of index.tieBreakers) terms.push(fieldOrderSql(tieBreaker.field, tieBreaker.direction));
  terms.push('d.id ASC');
  const sql = `
    SELECT d.id, d.version, d.body, d.lat, d.lng, ${distance} AS distance
    FROM search_documents d ${textJoin}
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${terms.join(', ')}
    LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  return { sql, values: params.values };
}

/**
 * Nearest first without text: the inner query reads only what the per-index GiST over the planar point
 * carries (id, lat, lng, tags; see migration SearchDocumentsNearestFirst), so the planner can walk it nearest
 * first as an index-only scan, or take the tags index when a filter is rare, without touching the wide rows.
 * WITH TIES keeps every document as near as the last one wanted, so the query's tie-breakers still decide
 * among equals; only the page's bodies are read.
 * The radius is applied to the nearest ones, not inside the walk: the nearest N within r are the nearest N
 * with those beyond r cut off. Inside, its guessed selectivity (a third, for a function) made the planner
 * take bitmaps over whole rectangles (100,000 entries and their wide rows for 15 km) instead of a walk of a
 * few thousand index entries; without it the choice rests on the tags' statistics, which PostgreSQL keeps.
 */
function nearestFirstStatement(
  index: IndexDefinition,
  query: SearchQuery,
  params: SqlParams,
  { limit, offset }: { limit: number; offset: number },
): SearchStatement {
  const point = checkedPoint(query.geo?.point);
  const radius = query.geo?.radiusMeters;
  if (radius !== undefined) assertRadius(radius);
  const { where, distance } = matchingOf(index, { ...query, geo: { point } }, params);
  const planar = `point(d.lng * ${GHENT_LNG_SCALE}, d.lat)`;
  const nearness = `${planar} <-> point(${params.add(point.lng * GHENT_LNG_SCALE)}::float8, ${params.add(point.lat)}::float8)`;
  const conditions = [...where, 'd.lat IS NOT NULL AND d.lng IS NOT NULL'];
  const extraTerms: string[] = [];
  for (const sort of (query.sort ?? []).slice(1)) {
    if ('geoDistance' in sort) continue;
    assertSortable(index, sort.field);
    extraTerms.push(fieldOrderSql(sort.field, sort.direction));
  }
  for (const tieBreaker of index.tieBreakers) extraTerms.push(fieldOrderSql(tieBreaker.field, tieBreaker.direction));
  const nearest = `
    WITH nearest AS (
      SELECT d.id, ${distance} AS distance, ${nearness} AS nearness
      FROM search_documents d
      WHERE ${conditions.join('\n        AND ')}
      ORDER BY ${nearness}
      FETCH FIRST ${params.add(limit + offset)} ROWS WITH TIES
    )`;
  const withinRadius = radius === undefined ? '' : `WHERE n.distance <= ${params.add(radius)}::float8`;
  const join = `JOIN search_documents d ON d.index_name = ${indexNameLiteral(index)} AND d.id = n.id`;
  // Without body-field terms the id settles equal distances before any body is read: exactly the page is
  // fetched. (ORDER BY nearness, id in the walk itself would lose the nearest-first index: PostgreSQL only
  // walks a GiST in distance order when the distance is the whole ORDER BY.)
  const sql =
    extraTerms.length === 0
      ? `${nearest}
    SELECT d.id, d.version, d.body, d.lat, d.lng, n.distance
    FROM (SELECT * FROM nearest n ${withinRadius}
          ORDER BY n.nearness, n.id LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}) n
    ${join}
    ORDER BY n.nearness, n.id`
      : `${nearest}
    SELECT d.id, d.version, d.body, d.lat, d.lng, n.distance
    FROM nearest n
    ${join}
    ${withinRadius}
    ORDER BY ${['n.nearness', ...extraTerms, 'd.id ASC'].join(', ')}
    LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  return { sql, values: params.values };
}

/** A body field as an ORDER BY term; documents without the value come last either way, as in Meilisearch. */
function fieldOrderSql(field: string, direction: 'asc' | 'desc'): string {
  return `NULLIF(${fieldJson(field)}, 'null'::jsonb) ${direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** cos(51.05°): longitude degrees are this much shorter than latitude degrees in Ghent. */
export const GHENT_LNG_SCALE = 0.6287;

function checkedPoint(point: { lat: number; lng: number } | undefined): { lat: number; lng: number } {
  const ok =
    point &&
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lng) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lng) <= 180;
  if (!ok) throw new InvalidSearchQueryError('geo.point needs lat (-90..90) and lng (-180..180)');
  return point;
}

/** Relevance first (with text), then the query's sorts, the index's tie-breakers, and id for a stable page. */
function shapeOf(index: IndexDefinition, query: SearchQuery, hasText: boolean): Shape {
  const columns: string[] = [];
  const terms: string[] = hasText ? ['m.rank DESC'] : [];
  const byField = (field: string, direction: 'asc' | 'desc') => {
    if (direction !== 'asc' && direction !== 'desc')
      throw new InvalidSearchQueryError(`Bad sort direction on ${field}`);
    const key = `s${columns.length}`;
    // Documents without the value come last either way, as in Meilisearch.
    columns.push(`NULLIF(${fieldJson(field)}, 'null'::jsonb) AS ${key}`);
    terms.push(`m.${key} ${direction.toUpperCase()} NULLS LAST`);
  };
  for (const sort of query.sort ?? []) {
    if ('geoDistance' in sort) {
      terms.push('m.distance ASC NULLS LAST');
    } else {
      assertSortable(index, sort.field);
      byField(sort.field, sort.direction);
    }
  }
  for (const tieBreaker of index.tieBreakers) byField(tieBreaker.field, tieBreaker.direction);
  terms.push('m.id ASC');
  return { columns, order: terms.join(', ') };
}

/**
 * field → value → count over all matches; array fields count once per element. All facets in one pass over
 * the matches (one row per match and facet), not one pass each: five passes were half of a broad search.
 */
function facetsSql(facets: string[]): string {
  if (facets.length === 0) return `'{}'::jsonb`;
  const empty = `jsonb_build_object(${facets.map((field) => `'${field}', '{}'::jsonb`).join(', ')})`;
  const values = facets.map((field, i) => `('${field}', m.f${i})`).join(', ');
  return `(${empty} || (SELECT COALESCE(jsonb_object_agg(c.facet, c.counts), '{}'::jsonb) FROM (
        SELECT v.facet, jsonb_object_agg(v.value, v.n) AS counts FROM (
          SELECT f.facet, e.value, count(*) AS n
          FROM matched m
          CROSS JOIN LATERAL (VALUES ${values}) AS f(facet, value)
          CROSS JOIN LATERAL jsonb_array_elements_text(
            CASE WHEN jsonb_typeof(f.value) = 'array' THEN f.value ELSE jsonb_build_array(f.value) END) AS e(value)
          WHERE e.value IS NOT NULL
          GROUP BY f.facet, e.value) v
        GROUP BY v.facet) c))`;
}
