import { randomBytes } from 'node:crypto';
import type { GeoPoint, IndexDefinition, SearchDocument } from '../../libs/search/src/search-engine';

/** One index per test process, so parallel runs and engines never see each other's documents. */
export const CONTRACT_INDEX = `contract_${randomBytes(5).toString('hex')}`;

export const contractIndex: IndexDefinition = {
  name: CONTRACT_INDEX,
  searchableFields: ['title', 'description', 'skills'],
  filterableFields: ['status', 'skills', 'hours', 'publishedAt', 'remote', 'closingDate', 'priority'],
  sortableFields: ['hours', 'publishedAt', 'priority'],
  geo: true,
  synonyms: [['kuisvrouw', 'poetshulp', 'schoonmaker']],
  tieBreakers: [{ field: 'priority', direction: 'desc' }],
};

// Real places in and near Ghent.
export const RABOT: GeoPoint = { lat: 51.0615, lng: 3.7118 };
export const KORENMARKT: GeoPoint = { lat: 51.0543, lng: 3.7213 };
export const LEDEBERG: GeoPoint = { lat: 51.0386, lng: 3.7446 };
export const ANTWERPEN: GeoPoint = { lat: 51.2194, lng: 4.4025 };

/**
 * Five vacancies chosen so every filter op splits them differently. priority is unique among the
 * published ones, so tie-breaker order is fully determined for them.
 */
export const contractDocuments: SearchDocument[] = [
  {
    id: 'v1',
    version: 1,
    fields: {
      title: 'Verpleegkundige',
      description: 'Zorg op een afdeling van het ziekenhuis',
      skills: ['zorg', 'nederlands'],
      status: 'published',
      hours: 38,
      publishedAt: '2026-01-10T09:00:00.000Z',
      remote: false,
      closingDate: '2026-03-01',
      priority: 1,
    },
    geo: RABOT,
  },
  {
    id: 'v2',
    version: 1,
    fields: {
      title: 'Schoonmaker',
      description: 'Kantoren netjes houden in de vroege ochtend',
      skills: ['schoonmaak'],
      status: 'published',
      hours: 20,
      publishedAt: '2026-02-01T09:00:00.000Z',
      remote: false,
      closingDate: null,
      priority: 2,
    },
    geo: LEDEBERG,
  },
  {
    id: 'v3',
    version: 1,
    fields: {
      title: 'Kok in een café',
      description: 'Lunchgerechten bereiden in de keuken',
      skills: ['koken', 'nederlands'],
      status: 'published',
      hours: 30,
      publishedAt: '2026-01-20T09:00:00.000Z',
      remote: false,
      closingDate: '2026-04-01',
      priority: 3,
    },
    geo: KORENMARKT,
  },
  {
    id: 'v4',
    version: 1,
    fields: {
      title: 'Magazijnier',
      description: 'Heftruck rijden en bestellingen klaarzetten',
      skills: [],
      status: 'draft',
      hours: 40,
      publishedAt: '2025-12-01T09:00:00.000Z',
      remote: true,
      closingDate: null,
      priority: 1,
    },
    geo: null,
  },
  {
    id: 'v5',
    version: 1,
    // No closingDate at all: a missing field counts as empty.
    fields: {
      title: 'Boekhouder',
      description: 'Administratie en facturen opvolgen',
      skills: ['excel', 'nederlands'],
      status: 'closed',
      hours: 19,
      publishedAt: '2026-03-05T09:00:00.000Z',
      remote: true,
      priority: 2,
    },
    geo: ANTWERPEN,
  },
];

/** Great-circle distance on a 6371 km sphere, the reference the engines' distances are held to. */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371000 * Math.asin(Math.sqrt(h));
}
