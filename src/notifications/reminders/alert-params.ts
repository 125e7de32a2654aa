import { ClauseType } from '../../clauses/clause.types';
import { ClauseMention, MailWords } from '../../mail/templates';
import { ClauseRow } from './staff-alerts.repository';

/** The clause types as the messages name them (the web interface's words). */
export const CLAUSE_TYPE_WORDS: Record<ClauseType, MailWords> = {
  [ClauseType.Dialogue]: { sv: 'krav på dialog', en: 'dialogue requirement' },
  [ClauseType.Placements]: { sv: 'krav på numerärer', en: 'placements requirement' },
  [ClauseType.IntegrationInitiative]: { sv: 'integrationsinitiativ', en: 'integration initiative' },
};

/** Which clause of which contract a message is about. */
export function clauseMention(row: ClauseRow): ClauseMention {
  return {
    supplierName: row.supplierName, referenceNumber: row.referenceNumber, procurementTitle: row.procurementTitle,
    clauseNumber: Number(row.clauseNumber), clauseType: CLAUSE_TYPE_WORDS[row.clauseType],
  };
}

/** Pages of the web interface (web/js/routes.js) the messages link to. */
export const links = {
  clauseFollowUp: (publicUrl: string, contractId: string, clauseId: string) => `${publicUrl}/#/contracts/${contractId}/clauses/${clauseId}`,
  member: (publicUrl: string, memberId: string) => `${publicUrl}/#/members/${memberId}`,
  /** The pact office's follow-up lists (overdue reports among them). */
  followUpLists: (publicUrl: string) => `${publicUrl}/#/follow-up`,
  /** An officer's contracts, each marked when a report is overdue. */
  contracts: (publicUrl: string) => `${publicUrl}/#/contracts`,
};
