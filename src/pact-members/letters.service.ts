import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { FieldError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { CreateLetterOfIntentDto, LetterOfIntentDto } from './dto/letter-of-intent.dto';
import { LetterOfIntent } from './entities/letter-of-intent.entity';
import { PactMember } from './entities/pact-member.entity';
import { todayInStockholm } from '../common/calendar';
import { PactMembersService } from './pact-members.service';
import { notFound } from '../common/errors/coded-exception';
import './pact-member-errors.messages';

@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly members: PactMembersService,
  ) {}

  /**
   * Records a signed letter of intent. When the member already has one this is a revision: the new
   * version becomes current and the earlier ones stay readable, marked as superseded.
   */
  async create(memberId: string, dto: CreateLetterOfIntentDto, user: AuthUser): Promise<LetterOfIntentDto> {
    assertDates(dto, todayInStockholm());
    return this.dataSource.transaction(async (manager) => {
      await this.members.lock(manager, memberId);
      const current = await manager.findOneBy(LetterOfIntent, { memberId, supersededAt: IsNull() });
      if (current && !dto.changeReason) {
        throw new ValidationFailedException([fieldError('changeReason', 'LETTER_CHANGE_REASON_REQUIRED', { version: current.version })]);
      }
      const before = current ? LetterOfIntentDto.from(current) : null;
      if (current) await manager.update(LetterOfIntent, { id: current.id }, { supersededAt: () => 'now()' });
      const letter = await manager.save(
        manager.create(LetterOfIntent, {
          ...dto,
          memberId,
          version: (current?.version ?? 0) + 1,
          changeReason: dto.changeReason ?? null,
          supersededAt: null,
          createdBy: user.sub,
        }),
      );
      const after = LetterOfIntentDto.from(letter);
      await this.audit.record(manager, user, {
        entityType: 'letter_of_intent',
        entityId: letter.id,
        action: current ? 'REVISE' : 'CREATE',
        before,
        after,
      });
      await manager.update(PactMember, { id: memberId }, { updatedAt: () => 'now()' });
      return after;
    });
  }

  /** Every version, newest first. */
  async list(memberId: string): Promise<LetterOfIntentDto[]> {
    await this.members.find(this.dataSource.manager, memberId);
    const letters = await this.dataSource.manager.find(LetterOfIntent, { where: { memberId }, order: { version: 'DESC' } });
    return letters.map(LetterOfIntentDto.from);
  }

  async get(memberId: string, version: number): Promise<LetterOfIntentDto> {
    const letter = await this.dataSource.manager.findOneBy(LetterOfIntent, { memberId, version });
    if (!letter) throw notFound('LETTER_NOT_FOUND', { memberId, version });
    return LetterOfIntentDto.from(letter);
  }
}

function assertDates(dto: CreateLetterOfIntentDto, today: string): void {
  const errors: FieldError[] = [];
  if (dto.validTo <= dto.validFrom) {
    errors.push(fieldError('validTo', 'LETTER_VALID_TO_NOT_AFTER_FROM', { validFrom: dto.validFrom }));
  }
  if (dto.signedOn > today) {
    errors.push(fieldError('signedOn', 'FIELD_NOT_AFTER_TODAY', { today }));
  }
  if (errors.length) throw new ValidationFailedException(errors);
}
