import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { checkClauseParameters, plannedContractPeriod } from '../clauses/clause-rules';
import { todayInStockholm } from '../common/calendar';
import { Clause } from '../clauses/entities/clause.entity';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { Procurement } from './entities/procurement.entity';
import { ScreeningDecision } from './entities/screening-decision.entity';
import { CodedException } from '../common/errors/coded-exception';
import { FieldProblem } from '../common/errors/validation-errors';
import './procurement.messages';

/** What must hold before a draft goes out as a tender, and the freezing of its clauses when it does. */
@Injectable()
export class PublicationGuard {
  async assertPublishable(
    manager: EntityManager,
    procurement: Procurement,
    decision: ScreeningDecision | null,
    publishedAt: Date,
  ): Promise<void> {
    const refuse = (code: string, params?: Record<string, string | number>, fields?: FieldProblem[]) =>
      new CodedException(HttpStatus.CONFLICT, code, { referenceNumber: procurement.referenceNumber, ...params }, fields);
    if (!decision) throw refuse('PUBLICATION_NO_DECISION', { id: procurement.id });
    const current = await this.currentVersions(manager, procurement.id);
    if (decision.clausesSet && current.length === 0) {
      throw refuse('PUBLICATION_DECISION_WITHOUT_CLAUSES');
    }
    if (!decision.clausesSet && current.length > 0) {
      throw refuse('PUBLICATION_CLAUSES_WITHOUT_DECISION', { count: current.length });
    }
    // The dates were checked against today when drafted; the contract period now starts at publication.
    const period = plannedContractPeriod(todayInStockholm(publishedAt), procurement.durationMonths);
    for (const { clause, version } of current) {
      const errors = checkClauseParameters(clause.type, version.parameters, period);
      if (errors.length > 0) throw refuse('PUBLICATION_CLAUSE_INVALID', { number: clause.number }, errors);
    }
  }

  /** Marks every clause's current version as published; from then on a change makes a new version. */
  async freezeClauses(manager: EntityManager, procurementId: string, publishedAt: Date): Promise<void> {
    for (const { version } of await this.currentVersions(manager, procurementId)) {
      await manager.update(ClauseVersion, { id: version.id, publishedAt: IsNull() }, { publishedAt });
    }
  }

  private async currentVersions(manager: EntityManager, procurementId: string): Promise<{ clause: Clause; version: ClauseVersion }[]> {
    const clauses = await manager.find(Clause, { where: { procurementId }, order: { number: 'ASC' } });
    const result: { clause: Clause; version: ClauseVersion }[] = [];
    for (const clause of clauses) {
      const version = await manager.findOneByOrFail(ClauseVersion, { clauseId: clause.id, version: clause.currentVersion });
      result.push({ clause, version });
    }
    return result;
  }
}
