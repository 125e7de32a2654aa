import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { checkClauseParameters, plannedContractPeriod } from '../clauses/clause-rules';
import { todayInStockholm } from '../common/calendar';
import { Clause } from '../clauses/entities/clause.entity';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { Procurement } from './entities/procurement.entity';
import { ScreeningDecision } from './entities/screening-decision.entity';

/** What must hold before a draft goes out as a tender, and the freezing of its clauses when it does. */
@Injectable()
export class PublicationGuard {
  async assertPublishable(
    manager: EntityManager,
    procurement: Procurement,
    decision: ScreeningDecision | null,
    publishedAt: Date,
  ): Promise<void> {
    const refuse = (why: string) => new ConflictException(`Procurement ${procurement.referenceNumber} cannot be published: ${why}`);
    if (!decision) throw refuse('no screening decision is recorded (POST /api/procurements/{id}/screening-decisions)');
    const current = await this.currentVersions(manager, procurement.id);
    if (decision.clausesSet && current.length === 0) {
      throw refuse('the screening decision sets clauses, but the procurement has none');
    }
    if (!decision.clausesSet && current.length > 0) {
      throw refuse(`the screening decision sets no clause, but the procurement has ${current.length}; record a new decision or remove them`);
    }
    // The dates were checked against today when drafted; the contract period now starts at publication.
    const period = plannedContractPeriod(todayInStockholm(publishedAt), procurement.durationMonths);
    for (const { clause, version } of current) {
      const errors = checkClauseParameters(clause.type, version.parameters, period);
      if (errors.length > 0) throw refuse(`clause ${clause.number}: ${errors.flatMap((e) => e.messages).join('; ')}`);
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
