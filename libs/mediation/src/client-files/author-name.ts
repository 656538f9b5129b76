import { Account } from '@werkpunt/identity';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The raw column a query gets from withAuthorName. */
export interface AuthorName {
  author_name: string | null;
}

/** Adds the display name of the account that `alias.column` names (who wrote a note, who moved a step). */
export function withAuthorName<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  column: string,
): SelectQueryBuilder<E> {
  return query
    .leftJoin(Account, 'author', `author.id = ${alias}.${column}`)
    .addSelect('author.display_name', 'author_name');
}

/** Every row of the query mapped with its author's name (an erased author's name is gone: null). */
export async function rowsWithAuthor<E extends ObjectLiteral, T>(
  query: SelectQueryBuilder<E>,
  map: (entity: E, raw: AuthorName | undefined) => T,
): Promise<T[]> {
  const { entities, raw } = await query.getRawAndEntities<AuthorName>();
  return entities.map((entity, index) => map(entity, raw[index]));
}
