import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Contract } from '../contracts/entities/contract.entity';
import { FollowedClause } from '../contracts/contracts.service';
import { clauseStatus, ClauseStatusResult } from './clause-status';
import { ClauseStatusDto } from './dto/clause-follow-up.dto';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';

/** Loads a clause's reports and applies the pure status rule to them. */
@Injectable()
export class ClauseStatusService {
  async evaluate(manager: EntityManager, contract: Contract, followed: FollowedClause, asOf: string): Promise<ClauseStatusDto> {
    return toDto(contract, followed, asOf, await evaluateClause(manager, contract, followed, asOf));
  }
}

/** The rule's outcome for one clause of a contract on `asOf`, from all its reports. */
export async function evaluateClause(manager: EntityManager, contract: Pick<Contract, 'id' | 'startDate' | 'endDate'>, { clause, version }: FollowedClause, asOf: string): Promise<ClauseStatusResult> {
  const where = { contractId: contract.id, clauseId: clause.id };
  // One after another: inside a transaction the manager has a single connection, which runs one
  // query at a time (pg deprecates queueing them).
  const placements = await manager.find(Placement, { where });
  const meetings = await manager.find(DialogueMeeting, { where });
  const progress = await manager.find(InitiativeProgress, { where });
  return clauseStatus({
    type: clause.type, parameters: version.parameters, targetGroups: version.targetGroups, contract, placements, meetings, progress, today: asOf,
  });
}

function toDto(contract: Contract, { clause }: FollowedClause, asOf: string, result: ClauseStatusResult): ClauseStatusDto {
  const { figures: _figures, placements, ...status } = result;
  return {
    contractId: contract.id, clauseId: clause.id, clauseNumber: clause.number, type: clause.type, asOf, ...status,
    placements: placements.map((o) => ({
      placementId: o.placement.id!, line: o.line, notCounted: o.notCounted,
      deliveredFullTimeMonths: o.earning?.delivered ?? 0, committedFullTimeMonths: o.earning?.committed ?? 0,
      explanation: o.earning?.explanation ?? null,
    })),
  };
}
