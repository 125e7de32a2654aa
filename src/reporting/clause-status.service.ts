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
    const [placements, meetings, progress] = await Promise.all([
      manager.find(Placement, { where }),
      manager.find(DialogueMeeting, { where }),
      manager.find(InitiativeProgress, { where }),
    ]);
    const result = clauseStatus({
      type: clause.type, parameters: version.parameters, contract, placements, meetings, progress, today: asOf,
    });
    return { contractId: contract.id, clauseId: clause.id, clauseNumber: clause.number, type: clause.type, asOf, ...result };
  }
}
