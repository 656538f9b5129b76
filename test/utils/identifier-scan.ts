import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/** Where a scan found one of the identifiers: `table.column` or a Redis key. */
export type Finding = string;

/**
 * Every text, varchar, jsonb and text-array column of every table (but the skipped ones) that contains one of
 * the identifiers (case-insensitive), and every uuid column holding one of them (except the allowed ones).
 */
export async function scanPostgres(
  dataSource: DataSource,
  identifiers: string[],
  options: { skipTables: string[]; allowedUuidColumns: string[] },
): Promise<Finding[]> {
  const columns = await dataSource.query<
    { table_name: string; column_name: string; data_type: string; udt_name: string }[]
  >(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'uuid') OR c.udt_name IN ('_text', '_varchar', '_uuid'))`,
  );
  const findings: Finding[] = [];
  for (const column of columns) {
    if (options.skipTables.includes(column.table_name)) continue;
    const name = `${column.table_name}.${column.column_name}`;
    const isUuid = column.data_type === 'uuid' || column.udt_name === '_uuid';
    if (isUuid && options.allowedUuidColumns.includes(name)) continue;
    for (const identifier of identifiers) {
      const [{ count }] = await dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM "${column.table_name}" WHERE lower("${column.column_name}"::text) LIKE '%' || lower($1) || '%'`,
        [identifier],
      );
      if (Number(count) > 0) findings.push(`${name} holds "${identifier}" (${count} rows)`);
    }
  }
  return findings;
}

/** Every key under the prefix whose name or value contains one of the identifiers (case-insensitive). */
export async function scanRedis(redis: Redis, prefix: string, identifiers: string[]): Promise<Finding[]> {
  const needles = identifiers.map((i) => i.toLowerCase());
  const findings: Finding[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const text = `${key} ${await valueOf(redis, key)}`.toLowerCase();
      for (const needle of needles) if (text.includes(needle)) findings.push(`redis ${key} holds "${needle}"`);
    }
  } while (cursor !== '0');
  return findings;
}

async function valueOf(redis: Redis, key: string): Promise<string> {
  switch (await redis.type(key)) {
    case 'string':
      return (await redis.get(key)) ?? '';
    case 'hash':
      return JSON.stringify(await redis.hgetall(key));
    case 'list':
      return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set':
      return JSON.stringify(await redis.smembers(key));
    case 'zset':
      return JSON.stringify(await redis.zrange(key, 0, -1));
    case 'stream':
      return JSON.stringify(await redis.xrange(key, '-', '+'));
    default:
      return '';
  }
}
