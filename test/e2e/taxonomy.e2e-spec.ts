import { INestApplication } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import { normaliseSearchText } from '@werkpunt/taxonomy';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../utils/test-app';

interface OccupationMatch {
  id: string;
  escoCode: string;
  label: string;
  matchedLabel: string;
  matchKind: string;
  iscoCode: string;
  iscoGroup: { code: string; labelEn: string; labelNl: string | null };
}

const NURSING_GROUPS = ['2221', '3221', '5321'];

describe('taxonomy API (occupations, ISCO groups, skills, levels)', () => {
  let app: INestApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);
  const search = async (q: string, limit?: number): Promise<OccupationMatch[]> => {
    const res = await get('/api/v1/occupations').query(limit ? { q, limit } : { q });
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  describe('GET /api/v1/occupations (autocomplete)', () => {
    it('finds the cleaning occupations first for the Flemish "kuisvrouw"', async () => {
      const [top, ...rest] = await search('kuisvrouw');
      expect(top).toMatchObject({
        escoCode: '9112.2',
        label: 'schoonmaker gebouwen',
        matchedLabel: 'kuisvrouw',
        matchKind: 'exact',
        iscoCode: '9112',
        iscoGroup: { code: '9112', labelEn: 'Cleaners and helpers in offices, hotels and other establishments' },
      });
      expect(top.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(rest[0].iscoCode).toMatch(/^91/);
    });

    it('finds cleaning occupations first for "poetser"', async () => {
      const results = await search('poetser');
      expect(results[0].iscoCode).toMatch(/^91/);
      expect(results[1].iscoCode).toMatch(/^91/);
    });

    it('finds nursing occupations first for "verpleegkundige"', async () => {
      const results = await search('verpleegkundige');
      expect(NURSING_GROUPS).toContain(results[0].iscoCode);
      expect(NURSING_GROUPS).toContain(results[1].iscoCode);
    });

    it('gives kuisvrouw, poetshulp and schoonmaakster the same top occupation', async () => {
      const tops = await Promise.all(
        ['kuisvrouw', 'poetshulp', 'schoonmaakster'].map(async (q) => (await search(q))[0]),
      );
      expect(new Set(tops.map((top) => top.id)).size).toBe(1);
    });

    it('tolerates typos', async () => {
      const [cleaner] = await search('schoonmaaker');
      expect(cleaner).toMatchObject({ escoCode: '9112.2', matchKind: 'fuzzy' });
      const [nurse] = await search('verplegkundige');
      expect(NURSING_GROUPS).toContain(nurse.iscoCode);
    });

    it('ignores accents and case', async () => {
      const withAccent = await search('kassière');
      expect(await search('kassiere')).toEqual(withAccent);
      expect(await search('  KASSIERE ')).toEqual(withAccent);
      expect(withAccent[0]).toMatchObject({ escoCode: '5230.1', label: 'kassamedewerker' });
    });

    it('ranks an exact everyday word above longer labels that start with it', async () => {
      const [top, second] = await search('kassier');
      expect(top).toMatchObject({ escoCode: '5230.1', matchKind: 'exact' });
      expect(second.matchKind).toBe('prefix');
    });

    it('lists each occupation once, at most `limit` of them, 10 by default', async () => {
      const results = await search('medewerker');
      expect(results).toHaveLength(10);
      expect(new Set(results.map((r) => r.id)).size).toBe(10);
      expect(await search('medewerker', 3)).toEqual(results.slice(0, 3));
      expect(await search('medewerker', 50)).toHaveLength(50);
    });

    it('answers a query that matches nothing with an empty list', async () => {
      expect(await search('xqzxqz')).toEqual([]);
    });

    it.each([
      ['without q', ''],
      ['with a one-letter q', '?q=a'],
      ['with a q of only spaces', '?q=%20%20%20'],
      ['with a q over 100 characters', `?q=${'a'.repeat(101)}`],
      ['with limit 0', '?q=kok&limit=0'],
      ['with limit 51', '?q=kok&limit=51'],
      ['with a limit that is not a number', '?q=kok&limit=many'],
      ['with an unknown parameter', '?q=kok&sort=asc'],
    ])('refuses a request %s with 400 problem+json', async (_, query) => {
      const res = await get(`/api/v1/occupations${query}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });
  });

  describe('GET /api/v1/occupations/:id', () => {
    it('shows an occupation with its labels, ISCO path and curated skills', async () => {
      const [cleaner] = await search('kuisvrouw');
      const res = await get(`/api/v1/occupations/${cleaner.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: cleaner.id,
        escoCode: '9112.2',
        escoUri: `http://data.europa.eu/esco/occupation/${cleaner.id}`,
        label: 'schoonmaker gebouwen',
        iscoCode: '9112',
      });
      expect(res.body.altLabels).toEqual(expect.arrayContaining(['schoonmaakster', 'poetshulp']));
      expect(res.body.synonyms).toEqual(expect.arrayContaining(['kuisvrouw', 'poetser']));
      expect(res.body.iscoPath.map((g: { code: string }) => g.code)).toEqual(['9', '91', '911', '9112']);
      expect(res.body.iscoPath[0]).toMatchObject({ level: 'major', labelNl: 'Elementaire beroepen', parentCode: null });
      const skillIds = res.body.skills.map((s: { id: string }) => s.id);
      expect(skillIds).toEqual(expect.arrayContaining(['operate-cleaning-machines', 'use-cleaning-products-safely']));
      expect(skillIds).not.toContain('weld-tig');
    });

    it('answers 404 problem+json for an unknown id', async () => {
      const res = await get('/api/v1/occupations/00000000-0000-4000-8000-000000000000');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('answers 400 for an id that is not a UUID', async () => {
      expect((await get('/api/v1/occupations/kuisvrouw')).status).toBe(400);
    });
  });

  describe('GET /api/v1/isco-groups', () => {
    it('lists the ten major groups with Dutch labels', async () => {
      const res = await get('/api/v1/isco-groups?level=major');
      expect(res.status).toBe(200);
      expect(res.body.map((g: { code: string }) => g.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
      for (const group of res.body) expect(group.labelNl).toEqual(expect.any(String));
    });

    it('lists the groups directly under a parent', async () => {
      const res = await get('/api/v1/isco-groups?parent=91');
      expect(res.body.map((g: { code: string }) => g.code)).toEqual(['911', '912']);
    });

    it('lists all 619 groups without filters and refuses an unknown level', async () => {
      expect((await get('/api/v1/isco-groups')).body).toHaveLength(619);
      expect((await get('/api/v1/isco-groups?level=huge')).status).toBe(400);
      expect((await get('/api/v1/isco-groups?parent=9112')).status).toBe(400);
    });
  });

  describe('GET /api/v1/skills', () => {
    it("gives a group's own skills and those of the groups above it, the most specific first", async () => {
      const res = await get('/api/v1/skills?isco=9112');
      expect(res.status).toBe(200);
      const ids = res.body.map((s: { id: string }) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['make-beds-hotel-rooms', 'operate-cleaning-machines']));
      expect(ids.indexOf('make-beds-hotel-rooms')).toBeLessThan(ids.indexOf('operate-cleaning-machines'));
      expect(ids).not.toContain('lay-bricks');
    });

    it('includes the skills of the groups within a broader group', async () => {
      const ids = (await get('/api/v1/skills?isco=71')).body.map((s: { id: string }) => s.id);
      expect(ids).toEqual(expect.arrayContaining(['lay-bricks', 'lay-tiles', 'install-plumbing']));
    });

    it('lists every curated skill without a group and refuses a code that is not ISCO', async () => {
      const all = (await get('/api/v1/skills')).body;
      expect(all.length).toBeGreaterThanOrEqual(150);
      expect(all[0]).toEqual({
        id: expect.any(String),
        nameNl: expect.any(String),
        nameEn: expect.any(String),
        iscoCodes: expect.any(Array),
      });
      expect((await get('/api/v1/skills?isco=cleaning')).status).toBe(400);
    });
  });

  describe('education and language levels', () => {
    it('lists low, mid and high with their ISCED levels', async () => {
      const res = await get('/api/v1/education-levels');
      expect(res.status).toBe(200);
      expect(res.body.map((l: { code: string; iscedLevels: number[] }) => [l.code, l.iscedLevels])).toEqual([
        ['low', [0, 1, 2]],
        ['mid', [3, 4]],
        ['high', [5, 6, 7, 8]],
      ]);
    });

    it('lists the CEFR levels with what a person can do, in Dutch and English', async () => {
      const res = await get('/api/v1/language-levels');
      expect(res.status).toBe(200);
      expect(res.body.map((l: { code: string }) => l.code)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
      for (const level of res.body) {
        expect(level).toEqual(expect.objectContaining({ canDoNl: expect.any(String), canDoEn: expect.any(String) }));
      }
    });
  });

  describe('the search labels in the database', () => {
    it('are normalised by taxonomy_normalise() exactly as normaliseSearchText() normalises a query', async () => {
      const rows: { label: string; normalised: string }[] = await app
        .get(DataSource)
        .query('SELECT label, normalised FROM occupation_labels');
      expect(rows.length).toBeGreaterThan(20000);
      expect(rows.filter((row) => normaliseSearchText(row.label) !== row.normalised)).toEqual([]);
    });
  });
});
