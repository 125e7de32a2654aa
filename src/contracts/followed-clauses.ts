import { EntityManager } from 'typeorm';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { Clause } from '../clauses/entities/clause.entity';

/** A clause of a contract with the published version its follow-up uses. */
export interface FollowedClause {
  clause: Clause;
  version: ClauseVersion;
}

/** The procurement's clauses that have a published version, each with its latest published version. */
export async function followedClausesOf(manager: EntityManager, procurementId: string): Promise<FollowedClause[]> {
  const clauses = await manager.find(Clause, { where: { procurementId }, order: { number: 'ASC' } });
  if (clauses.length === 0) return [];
  const versions = await manager.createQueryBuilder(ClauseVersion, 'v')
    .distinctOn(['v.clause_id'])
    .where('v.clause_id IN (:...ids)', { ids: clauses.map((c) => c.id) })
    .andWhere('v.published_at IS NOT NULL')
    .orderBy('v.clause_id').addOrderBy('v.version', 'DESC')
    .getMany();
  return clauses.flatMap((clause) => {
    const version = versions.find((v) => v.clauseId === clause.id);
    return version ? [{ clause, version }] : [];
  });
}
