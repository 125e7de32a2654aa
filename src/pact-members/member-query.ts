import { PactMember } from './entities/pact-member.entity';
import { addDays } from '../common/calendar';
import { MemberStatus, PactActivity, PactMemberKind, SizeBand } from './pact-member.types';
import { MemberRow } from './dto/pact-member.dto';
import { escapeLike } from '../common/text';

export interface MemberFilter {
  id?: string;
  status?: MemberStatus;
  activity?: PactActivity;
  kind?: PactMemberKind;
  sector?: string;
  q?: string;
}

/**
 * The member list in SQL, with each member's status derived from its current letter of intent
 * (`superseded_at IS NULL`, at most one per member) exactly as `deriveMemberStatus` does. The status
 * filters are date ranges on the current letter, so the partial index on (valid_to, valid_from)
 * serves them; the CASE only labels the rows returned.
 */
export class MemberQuery {
  private readonly params: unknown[] = [];
  private readonly where: string[] = [];
  private readonly today: string;
  private readonly expiringUntil: string;

  /** `expiringWithinDays` 0 turns EXPIRING off: its range then ends before it starts. */
  constructor(filter: MemberFilter, today: string, expiringWithinDays: number) {
    this.today = this.param(today);
    this.expiringUntil = this.param(expiringWithinDays > 0 ? addDays(today, expiringWithinDays) : addDays(today, -1));
    if (filter.id) this.where.push(`m.id = ${this.param(filter.id)}`);
    if (filter.status) this.where.push(this.statusPredicate(filter.status));
    if (filter.activity) this.where.push(`l.activities @> ARRAY[${this.param(filter.activity)}]::text[]`);
    if (filter.kind) this.where.push(`m.kind = ${this.param(filter.kind)}`);
    if (filter.sector) this.where.push(`lower(m.sector) = lower(${this.param(filter.sector)})`);
    if (filter.q) {
      const name = this.param(`%${escapeLike(filter.q)}%`);
      const digits = this.param(`%${escapeLike(filter.q.replace(/-/g, ''))}%`);
      this.where.push(`(m.name ILIKE ${name} OR replace(m.org_number, '-', '') LIKE ${digits})`);
    }
  }

  /** The page's rows, in name order. */
  page(limit: number, offset: number): { sql: string; params: unknown[] } {
    const n = this.params.length;
    return { sql: `${this.select()} ORDER BY lower(m.name), m.id LIMIT $${n + 1} OFFSET $${n + 2}`, params: [...this.params, limit, offset] };
  }

  /** The number of rows across all pages; every parameter is referenced, as PostgreSQL requires. */
  count(): { sql: string; params: unknown[] } {
    return { sql: `SELECT count(*)::int AS total FROM (${this.select()}) AS filtered`, params: this.params };
  }

  private select(): string {
    return `
      SELECT m.id, m.name, m.org_number, m.kind, m.sector, m.size_band, m.contact_name, m.contact_email,
             m.contact_phone, m.created_at, m.updated_at,
             l.version, l.valid_from::text AS valid_from, l.valid_to::text AS valid_to, l.activities,
             ${this.statusCase()} AS status,
             (SELECT max(c.held_on)::text FROM check_in c WHERE c.member_id = m.id) AS last_check_in_on
      ${this.from()}`;
  }

  private from(): string {
    return `
      FROM pact_member m
      LEFT JOIN letter_of_intent l ON l.member_id = m.id AND l.superseded_at IS NULL
      ${this.where.length ? `WHERE ${this.where.join(' AND ')}` : ''}`;
  }

  private statusCase(): string {
    const { today, expiringUntil } = this;
    return `CASE
      WHEN l.id IS NULL THEN '${MemberStatus.NoLetter}'
      WHEN l.valid_to < ${today}::date THEN '${MemberStatus.Expired}'
      WHEN l.valid_from > ${today}::date THEN '${MemberStatus.Upcoming}'
      WHEN l.valid_to <= ${expiringUntil}::date THEN '${MemberStatus.Expiring}'
      ELSE '${MemberStatus.Active}' END`;
  }

  private statusPredicate(status: MemberStatus): string {
    const { today, expiringUntil } = this;
    const validToday = `l.valid_from <= ${today}::date AND l.valid_to >= ${today}::date`;
    switch (status) {
      case MemberStatus.NoLetter:
        return 'l.id IS NULL';
      case MemberStatus.Expired:
        return `l.valid_to < ${today}::date`;
      case MemberStatus.Upcoming:
        return `l.valid_from > ${today}::date`;
      case MemberStatus.Expiring:
        return `(${validToday} AND l.valid_to <= ${expiringUntil}::date)`;
      case MemberStatus.Active:
        return `(${validToday} AND l.valid_to > ${expiringUntil}::date)`;
    }
  }

  private param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** The raw row of {@link MemberQuery.page} as the service's member row. */
export function toMemberRow(raw: Record<string, unknown>): MemberRow {
  const member = Object.assign(new PactMember(), {
    id: raw.id as string,
    name: raw.name as string,
    orgNumber: raw.org_number as string,
    kind: raw.kind as PactMemberKind,
    sector: raw.sector as string,
    sizeBand: raw.size_band as SizeBand,
    contactName: raw.contact_name as string,
    contactEmail: raw.contact_email as string,
    contactPhone: raw.contact_phone as string | null,
    createdAt: raw.created_at as Date,
    updatedAt: raw.updated_at as Date,
  });
  return {
    member,
    status: raw.status as MemberStatus,
    lastCheckInOn: raw.last_check_in_on as string | null,
    currentLetter:
      raw.version === null
        ? null
        : {
            version: raw.version as number,
            validFrom: raw.valid_from as string,
            validTo: raw.valid_to as string,
            activities: raw.activities as PactActivity[],
          },
  };
}

