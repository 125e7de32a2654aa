import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Lang } from '../clauses/text/labels';
import { loadClauseFacts } from '../reporting/clause-outcome.repository';
import { statusInput } from '../reporting/clause-outcomes';
import { BreachesRepository, BreachRow } from './breaches.repository';
import { calculatePenalty, PenaltyCalculation } from './penalty';
import { notFound } from '../common/errors/coded-exception';
import '../clauses/clause.messages';

/** Loads the facts the status rule judges and applies the penalty rule to them at a date. */
@Injectable()
export class PenaltyCalculator {
  constructor(private readonly repository: BreachesRepository) {}

  async calculate(manager: EntityManager, breach: BreachRow, asOf: string, lang: Lang): Promise<PenaltyCalculation> {
    const [facts] = await loadClauseFacts(manager, breach.contractId, breach.clauseId);
    if (!facts) throw notFound('CLAUSE_NOT_ON_CONTRACT', { clauseId: breach.clauseId, contractId: breach.contractId });
    // The terms of the version the request was made under: those its letter stated.
    const clause = { ...statusInput(facts, asOf), parameters: breach.parameters, targetGroups: breach.targetGroups };
    const alreadyDecidedSek = await this.repository.penaltiesDecided(manager, breach.contractId, breach.clauseId, breach.id);
    return calculatePenalty({ clause, alreadyDecidedSek, lang });
  }
}
