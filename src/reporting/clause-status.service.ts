import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contract } from '../contracts/entities/contract.entity';
import { FollowedClause } from '../contracts/contracts.service';
import { clauseStatus } from './clause-status';
import { ClauseStatusDto } from './dto/clause-follow-up.dto';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';

/** Loads a clause's reports and applies the pure status rule to them. */
@Injectable()
export class ClauseStatusService {
  async evaluate(manager: EntityManager, contract: Contract, { clause, version }: FollowedClause, asOf: string): Promise<ClauseStatusDto> {
    const where = { contractId: contract.id, clauseId: clause.id };
    // One after another: inside a transaction the manager has a single connection, which runs one
    // query at a time (pg deprecates queueing them).
    const placements = await manager.find(Placement, { where });
    const meetings = await manager.find(DialogueMeeting, { where });
    const progress = await manager.find(InitiativeProgress, { where });
    const result = clauseStatus({
      type: clause.type, parameters: version.parameters, contract, placements, meetings, progress, today: asOf,
    });
    return { contractId: contract.id, clauseId: clause.id, clauseNumber: clause.number, type: clause.type, asOf, ...result };
  }
}
