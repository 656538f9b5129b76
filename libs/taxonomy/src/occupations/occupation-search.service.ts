import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseSearchText } from '../text/normalise-search-text';
import { escoOccupationUri } from './esco-uri';
import { LabelMatch, MATCH_KINDS, MatchKind, rankOccupationMatches } from './occupation-ranking';

export interface OccupationMatch {
  id: string;
  escoCode: string;
  escoUri: string;
  /** ESCO's preferred label. */
  label: string;
  /** The label the query matched: a preferred, alternative or curated everyday label. */
  matchedLabel: string;
  matchKind: MatchKind;
  /** ISCO-08 unit group. */
  iscoCode: string;
  iscoGroup: { code: string; labelEn: string; labelNl: string | null };
}

interface CandidateRow {
  occupation_id: string;
  label: string;
  weight: number;
  match_rank: number;
  word_similarity: number;
  similarity: number;
  esco_code: string;
  preferred_label: string;
  isco_code: string;
  isco_label_en: string;
  isco_label_nl: string | null;
}

type Candidate = LabelMatch & { row: CandidateRow };

// Enough candidates per phase that the best `limit` (at most 50) occupations are always among them.
const CANDIDATE_POOL_SIZE = 200;
// A shorter query holds no whole trigram: "contains" would match half the labels and typos mean nothing.
const MIN_TRIGRAM_QUERY_LENGTH = 3;

// Each occupation once with its best label, joined to what the response shows. The ORDER BY mirrors
// compareLabelMatches, which has the final say, so the pool keeps the best candidates.
function bestPerOccupationSql(matchesSql: string): string {
  return `
    WITH matches AS (${matchesSql}),
    best_per_occupation AS (
      SELECT DISTINCT ON (m.occupation_id) m.*
      FROM matches m
      ORDER BY m.occupation_id, m.match_rank, m.word_similarity DESC, m.similarity DESC, m.weight, length(m.label)
    )
    SELECT b.occupation_id, b.label, b.weight, b.match_rank, b.word_similarity, b.similarity,
           o.esco_code, o.preferred_label, o.isco_code, g.label_en AS isco_label_en, g.label_nl AS isco_label_nl
    FROM best_per_occupation b
    JOIN occupations o ON o.id = b.occupation_id
    JOIN isco_groups g ON g.code = o.isco_code
    ORDER BY b.match_rank, b.word_similarity DESC, b.similarity DESC, b.weight, length(b.label), o.esco_code COLLATE "C"
    LIMIT ${CANDIDATE_POOL_SIZE}`;
}

// $1 normalised query; $2 prefix, $3 word-prefix and $4 contains patterns. Normalised labels only hold
// [a-z0-9 ], so the query needs no LIKE escaping. Similarities only rank typos, so they are 1 here.
const LITERAL_CANDIDATES_SQL = bestPerOccupationSql(`
  SELECT l.occupation_id, l.label, l.weight,
         CASE WHEN l.normalised = $1 THEN 0
              WHEN l.normalised LIKE $2 THEN 1
              WHEN l.normalised LIKE $3 THEN 2
              ELSE 3 END AS match_rank,
         1::real AS word_similarity, 1::real AS similarity
  FROM occupation_labels l
  WHERE l.normalised LIKE $2 OR l.normalised LIKE $3 OR l.normalised LIKE $4`);

// $1 normalised query; $2 contains pattern. `<%`: some words of the label look like the query
// (word_similarity ≥ pg_trgm.word_similarity_threshold, 0.6), which catches typos.
const FUZZY_CANDIDATES_SQL = bestPerOccupationSql(`
  SELECT l.occupation_id, l.label, l.weight, ${MATCH_KINDS.indexOf('fuzzy')} AS match_rank,
         word_similarity($1, l.normalised) AS word_similarity, similarity($1, l.normalised) AS similarity
  FROM occupation_labels l
  WHERE $1 <% l.normalised AND l.normalised NOT LIKE $2`);

function toCandidate(row: CandidateRow): Candidate {
  return {
    occupationId: row.occupation_id,
    escoCode: row.esco_code,
    label: row.label,
    weight: row.weight,
    matchKind: MATCH_KINDS[row.match_rank],
    wordSimilarity: row.word_similarity,
    similarity: row.similarity,
    row,
  };
}

function toOccupationMatch(candidate: Candidate): OccupationMatch {
  const { row } = candidate;
  return {
    id: row.occupation_id,
    escoCode: row.esco_code,
    escoUri: escoOccupationUri(row.occupation_id),
    label: row.preferred_label,
    matchedLabel: row.label,
    matchKind: candidate.matchKind,
    iscoCode: row.isco_code,
    iscoGroup: { code: row.isco_code, labelEn: row.isco_label_en, labelNl: row.isco_label_nl },
  };
}

/**
 * Occupation autocomplete over ESCO labels and curated everyday words, in PostgreSQL. Literal matches
 * (exact, prefix, word prefix, contains) always outrank typos, so the slower typo search only runs when
 * literal matches do not fill the page.
 */
@Injectable()
export class OccupationSearch {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: string, limit: number): Promise<OccupationMatch[]> {
    const q = normaliseSearchText(query);
    if (q === '') return [];
    const literal = await this.literalCandidates(q);
    const fuzzy = literal.length < limit && q.length >= MIN_TRIGRAM_QUERY_LENGTH ? await this.fuzzyCandidates(q) : [];
    return rankOccupationMatches([...literal, ...fuzzy].map(toCandidate), limit).map(toOccupationMatch);
  }

  private literalCandidates(q: string): Promise<CandidateRow[]> {
    const contains = q.length >= MIN_TRIGRAM_QUERY_LENGTH ? `%${q}%` : `${q}%`;
    return this.dataSource.query(LITERAL_CANDIDATES_SQL, [q, `${q}%`, `% ${q}%`, contains]);
  }

  private fuzzyCandidates(q: string): Promise<CandidateRow[]> {
    return this.dataSource.transaction(async (manager) => {
      // The planner prices trigram comparisons as cheap and picks a sequential scan that compares every
      // label (~50 ms); the trigram index answers in a few ms.
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(FUZZY_CANDIDATES_SQL, [q, `%${q}%`]);
    });
  }
}
