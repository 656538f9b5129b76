import { FieldValue, IndexDefinition, SearchDocument, SearchHit } from '../search-engine';
import { instantField, isoInstant } from './meili-filter';

/** A document as Meilisearch stores it: the fields flat, plus the engine's own underscore fields. */
export type MeiliDocument = Record<string, unknown> & { id: string; _version: number };

export function toMeiliDocument(definition: IndexDefinition, document: SearchDocument): MeiliDocument {
  const stored: MeiliDocument = { ...document.fields, id: document.id, _version: document.version };
  for (const field of definition.filterableFields) {
    const instant = isoInstant(document.fields[field]);
    if (instant !== undefined) stored[instantField(field)] = instant;
  }
  // A document without a location simply has no _geo: it never matches a radius and sorts last by distance.
  if (definition.geo && document.geo) stored._geo = { lat: document.geo.lat, lng: document.geo.lng };
  return stored;
}

/** A stored document (or search hit) back in the port's shape; distance from _geoDistance when present. */
export function fromMeiliDocument(stored: Record<string, unknown>, distanceMeters: number | null = null): SearchHit {
  const fields: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'id' || key.startsWith('_')) continue;
    fields[key] = value as FieldValue;
  }
  const geo = stored._geo as { lat: number | string; lng: number | string } | undefined | null;
  return {
    id: String(stored.id),
    version: Number(stored._version),
    fields,
    geo: geo ? { lat: Number(geo.lat), lng: Number(geo.lng) } : null,
    distanceMeters,
  };
}
