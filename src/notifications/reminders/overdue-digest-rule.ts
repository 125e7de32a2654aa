import { addDays, daysBetween } from '../../common/calendar';

/**
 * The ISO 8601 week of a date, as `2027-W13`: weeks start on Monday and belong to the year of their
 * Thursday, so 2027-01-01 (a Friday) is in 2026-W53.
 */
export function isoWeek(iso: string): string {
  // 1970-01-01 was a Thursday; weekday 1 = Monday … 7 = Sunday.
  const weekday = ((((daysBetween('1970-01-01', iso) + 3) % 7) + 7) % 7) + 1;
  const thursday = addDays(iso, 4 - weekday);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The occasion of the weekly digest: the first run of a week that finds overdue reports sends it. */
export const digestOccasion = (today: string): string => `digest:${isoWeek(today)}`;

/** A contract's unsubmitted reporting periods past their due date. */
export interface OverdueContract {
  contractId: string;
  referenceNumber: string;
  supplierName: string;
  overduePeriods: number;
  oldestDueDate: string;
}

/** A contract as one line of the digest. */
export type DigestLine = Omit<OverdueContract, 'contractId'> & { daysOverdue: number };

/** What one recipient's digest says; `lines` is cut at `DIGEST_MAX_LINES`, the totals are not. */
export interface Digest {
  lines: DigestLine[];
  moreContracts: number;
  totalContracts: number;
  totalReports: number;
}

/** A digest lists this many contracts, the longest overdue first, and counts the rest. */
export const DIGEST_MAX_LINES = 25;

/**
 * Each recipient's digest from the contracts with overdue reports: a recipient receives the
 * contracts in its scope (`scopeOf`), and none when it has none. Recipients are keyed by user id.
 */
export function digestsByRecipient<R extends { userId: string }>(
  contracts: OverdueContract[],
  scopeOf: (contract: OverdueContract) => R[],
  today: string,
): { recipient: R; digest: Digest }[] {
  const byUser = new Map<string, { recipient: R; contracts: OverdueContract[] }>();
  for (const contract of contracts) {
    for (const recipient of scopeOf(contract)) {
      const entry = byUser.get(recipient.userId) ?? { recipient, contracts: [] };
      if (!entry.contracts.some((c) => c.contractId === contract.contractId)) entry.contracts.push(contract);
      byUser.set(recipient.userId, entry);
    }
  }
  return [...byUser.values()].map(({ recipient, contracts: mine }) => ({ recipient, digest: digestOf(mine, today) }));
}

function digestOf(contracts: OverdueContract[], today: string): Digest {
  const ordered = [...contracts].sort(
    (a, b) => a.oldestDueDate.localeCompare(b.oldestDueDate) || a.referenceNumber.localeCompare(b.referenceNumber),
  );
  const lines = ordered.slice(0, DIGEST_MAX_LINES).map(({ contractId: _id, ...line }) => ({
    ...line, daysOverdue: daysBetween(line.oldestDueDate, today),
  }));
  return {
    lines,
    moreContracts: ordered.length - lines.length,
    totalContracts: ordered.length,
    totalReports: ordered.reduce((sum, c) => sum + c.overduePeriods, 0),
  };
}
