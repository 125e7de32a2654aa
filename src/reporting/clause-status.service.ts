import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contract } from '../contracts/entities/contract.entity';
import { FollowedClause } from '../contracts/contracts.service';
import { Lang } from '../common/i18n';
import { renderCoded } from '../common/coded-text';
import { ClauseStatusResult } from './clause-status';
import { renderedNotCounted, renderedStatus } from './clause-status-view';
import { judge } from './clause-outcomes';
import { loadClauseFacts } from './clause-outcome.repository';
import { ClauseStatusDto } from './dto/clause-follow-up.dto';
import { notFound } from '../common/errors/coded-exception';
import '../clauses/clause.messages';

/** Loads a clause's reports and applies the pure status rule to them, as the stored outcomes do; reasons in `lang`. */
@Injectable()
export class ClauseStatusService {
  async evaluate(manager: EntityManager, contract: Contract, followed: FollowedClause, asOf: string, lang: Lang): Promise<ClauseStatusDto> {
    const [facts] = await loadClauseFacts(manager, contract.id, followed.clause.id);
    if (!facts) throw notFound('CLAUSE_NOT_ON_CONTRACT', { clauseId: followed.clause.id, contractId: contract.id });
    return toDto(contract, followed, asOf, judge(facts, asOf), lang);
  }
}

function toDto(contract: Contract, { clause }: FollowedClause, asOf: string, result: ClauseStatusResult, lang: Lang): ClauseStatusDto {
  const { figures: _figures, placements, reasons, lines, ...status } = result;
  return {
    contractId: contract.id, clauseId: clause.id, clauseNumber: clause.number, type: clause.type, asOf, ...status,
    ...renderedStatus({ reasons, lines }, lang),
    placements: placements.map((o) => ({
      placementId: o.placement.id!, line: o.line, ...renderedNotCounted(o.notCounted, lang),
      deliveredFullTimeMonths: o.earning?.delivered ?? 0, committedFullTimeMonths: o.earning?.committed ?? 0,
      explanation: o.earning ? renderCoded(o.earning.explanation, lang) : null, explanationCode: o.earning?.explanation ?? null,
    })),
  };
}
