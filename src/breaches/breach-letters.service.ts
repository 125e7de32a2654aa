import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/role';
import { ContractingUnitsService } from '../contracting-units/contracting-units.service';
import { Lang } from '../clauses/text/labels';
import { BreachesService } from './breaches.service';
import { renderDecisionLetter } from './letters/decision-letter-pdf';
import { decisionLetterInput, remedyLetterInput } from './letters/letter-input';
import { renderRemedyLetter } from './letters/remedy-letter-pdf';
import { notFound } from '../common/errors/coded-exception';
import './breach-errors.messages';

export interface Letter {
  pdf: Buffer;
  filename: string;
}

/** The remedy request letter and the decision letter of a remedy request, as PDF. */
@Injectable()
export class BreachLettersService {
  constructor(
    private readonly breaches: BreachesService,
    private readonly units: ContractingUnitsService,
  ) {}

  async remedyLetter(contractId: string, clauseId: string, breachId: string, lang: Lang, user: AuthUser): Promise<Letter> {
    const { row } = await this.breaches.found(contractId, clauseId, breachId, user, lang);
    const pdf = await renderRemedyLetter(remedyLetterInput(row, lang, await this.units.forProcurement(row.contractingUnit)), lang);
    return { pdf, filename: `${lang === 'sv' ? 'begaran-om-rattelse' : 'request-to-remedy'}-${fileSafe(row.contractReference)}-${row.clauseNumber}.pdf` };
  }

  async decisionLetter(contractId: string, clauseId: string, breachId: string, lang: Lang, user: AuthUser): Promise<Letter> {
    const { row, breach } = await this.breaches.found(contractId, clauseId, breachId, user, lang);
    if (!row.decision) throw notFound('BREACH_NO_DECISION', { id: breachId });
    const unit = await this.units.forProcurement(row.contractingUnit);
    const pdf = await renderDecisionLetter(decisionLetterInput(row, breach.recoveryPlans.length, lang, unit), lang);
    return { pdf, filename: `${lang === 'sv' ? 'beslut' : 'decision'}-${fileSafe(row.contractReference)}-${row.clauseNumber}.pdf` };
  }
}

/** A reference number as a file name part: "AMN 2026-0178" → "AMN-2026-0178". */
const fileSafe = (reference: string): string => reference.replace(/[^A-Za-z0-9-]+/g, '-');
