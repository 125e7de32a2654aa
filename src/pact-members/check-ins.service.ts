import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { PaginationQueryDto } from '../common/pagination';
import { CheckInDto, CreateCheckInDto, OverdueCheckInDto, OverdueCheckInPageDto, UpdateCheckInDto } from './dto/check-in.dto';
import { CheckIn } from './entities/check-in.entity';
import { todayInStockholm } from '../common/calendar';
import { CHECK_IN_DUE_SQL } from './check-in-due';
import { deriveMemberStatus } from './member-status';
import { PACT_MEMBERS_CONFIG, PactMembersConfig } from './pact-members.config';
import { PactMembersService } from './pact-members.service';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { withReminders } from '../notifications/with-reminders';
import { notFound } from '../common/errors/coded-exception';
import './pact-member-errors.messages';

@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PACT_MEMBERS_CONFIG) private readonly config: PactMembersConfig,
    private readonly audit: AuditService,
    private readonly members: PactMembersService,
    private readonly notifications: NotificationsRepository,
  ) {}

  async create(memberId: string, dto: CreateCheckInDto, user: AuthUser): Promise<CheckInDto> {
    assertNotFuture(dto.heldOn);
    return this.dataSource.transaction(async (manager) => {
      await this.members.lock(manager, memberId);
      const checkIn = await manager.save(
        manager.create(CheckIn, { ...dto, memberId, notes: dto.notes ?? '', followUpActions: dto.followUpActions ?? [], createdBy: user.sub }),
      );
      const after = CheckInDto.from(checkIn);
      await this.audit.record(manager, user, { entityType: 'check_in', entityId: checkIn.id, action: 'CREATE', after });
      return after;
    });
  }

  async update(memberId: string, id: string, dto: UpdateCheckInDto, user: AuthUser): Promise<CheckInDto> {
    if (dto.heldOn) assertNotFuture(dto.heldOn);
    return this.dataSource.transaction(async (manager) => {
      const checkIn = await manager.findOne(CheckIn, { where: { id, memberId }, lock: { mode: 'pessimistic_write' } });
      if (!checkIn) throw notFound('CHECK_IN_NOT_FOUND', { memberId, id });
      const before = CheckInDto.from(checkIn);
      const after = CheckInDto.from(await manager.save(Object.assign(checkIn, dto)));
      await this.audit.record(manager, user, { entityType: 'check_in', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** A member's check-ins, newest first. */
  async list(memberId: string): Promise<CheckInDto[]> {
    await this.members.find(this.dataSource.manager, memberId);
    const checkIns = await this.dataSource.manager.find(CheckIn, { where: { memberId }, order: { heldOn: 'DESC', createdAt: 'DESC' } });
    return checkIns.map(CheckInDto.from);
  }

  /** Current members with an overdue check-in, longest overdue first. */
  async overdue(query: PaginationQueryDto): Promise<OverdueCheckInPageDto> {
    const today = todayInStockholm();
    const months = this.config.checkInOverdueMonths;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${CHECK_IN_DUE_SQL}
         SELECT id, name, org_number, valid_from::text, valid_to::text, last_check_in_on::text, member_since::text,
                due_on::text, ($1::date - due_on) AS days_overdue
         FROM due WHERE due_on < $1::date
         ORDER BY due_on, lower(name), id
         LIMIT $3 OFFSET $4`,
        [today, months, query.limit, query.offset],
      ) as Promise<Record<string, string | number | null>[]>,
      this.dataSource.query(`${CHECK_IN_DUE_SQL} SELECT count(*)::int AS total FROM due WHERE due_on < $1::date`, [today, months]) as Promise<
        { total: number }[]
      >,
    ]);
    const items = rows.map(
      (row): Omit<OverdueCheckInDto, 'reminder'> => ({
        memberId: row.id as string,
        name: row.name as string,
        orgNumber: row.org_number as string,
        status: deriveMemberStatus(
          { validFrom: row.valid_from as string, validTo: row.valid_to as string },
          today,
          this.config.expiringWithinDays,
        ),
        lastCheckInOn: row.last_check_in_on as string | null,
        memberSince: row.member_since as string,
        dueOn: row.due_on as string,
        daysOverdue: row.days_overdue as number,
      }),
    );
    return {
      items: await withReminders(this.notifications, this.dataSource.manager, 'pact_member', items, (i) => i.memberId),
      total, limit: query.limit, offset: query.offset, overdueAfterMonths: months,
    };
  }
}

function assertNotFuture(heldOn: string): void {
  const today = todayInStockholm();
  if (heldOn > today) {
    throw new ValidationFailedException([fieldError('heldOn', 'CHECK_IN_IN_FUTURE', { today })]);
  }
}
