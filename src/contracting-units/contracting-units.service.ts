import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Letterhead, LetterheadMediaType } from '../common/letterhead';
import { Page } from '../common/pagination';
import { escapeLike } from '../common/text';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import { CONTRACTING_UNITS_CONFIG, ContractingUnitsConfig } from './contracting-units.config';
import { ContractingUnitDto, CreateContractingUnitDto, ListContractingUnitsQueryDto, SupportContactDto, UpdateContractingUnitDto } from './dto/contracting-unit.dto';
import { ContractingUnit } from './entities/contracting-unit.entity';
import { checkLetterhead } from './letterhead-check';
import { SupportContact } from './support-contact';
import { conflict, notFound } from '../common/errors/coded-exception';
import './contracting-unit.messages';

/** What the documents of a contracting unit's procurements carry: whom suppliers turn to, and its letterhead. */
export interface UnitDocumentFacts {
  supportContact: SupportContact;
  letterhead: Letterhead | null;
}

@Injectable()
export class ContractingUnitsService {
  constructor(
    @InjectRepository(ContractingUnit) private readonly units: Repository<ContractingUnit>,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    @Inject(CONTRACTING_UNITS_CONFIG) private readonly config: ContractingUnitsConfig,
  ) {}

  create(dto: CreateContractingUnitDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      await assertNameFree(manager, dto.name);
      const unit = manager.create(ContractingUnit, { name: dto.name, ...contactColumns(dto.supportContact) });
      const saved = ContractingUnitDto.from(await saveUnique(manager, unit));
      await this.audit.record(manager, user, { entityType: 'contracting_unit', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async list(query: ListContractingUnitsQueryDto): Promise<Page<ContractingUnitDto>> {
    const qb = this.units.createQueryBuilder('u').orderBy('lower(u.name)').addOrderBy('u.id');
    if (query.q) qb.andWhere('u.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(ContractingUnitDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<ContractingUnitDto> {
    return ContractingUnitDto.from(await this.findOrFail(this.units.manager, id));
  }

  update(id: string, dto: UpdateContractingUnitDto, user: AuthUser): Promise<ContractingUnitDto> {
    return this.units.manager.transaction(async (manager) => {
      const unit = await this.findOrFail(manager, id, true);
      if (dto.name !== undefined && dto.name.toLowerCase() !== unit.name.toLowerCase()) await assertNameFree(manager, dto.name);
      const before = ContractingUnitDto.from(unit);
      Object.assign(unit, dto.name === undefined ? {} : { name: dto.name }, dto.supportContact ? contactColumns(dto.supportContact) : {});
      const after = ContractingUnitDto.from(await saveUnique(manager, unit));
      await this.audit.record(manager, user, { entityType: 'contracting_unit', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** Replaces the unit's letterhead with an image that was rendered once (in a worker) before it is stored. */
  async setLetterhead(id: string, content: Buffer, user: AuthUser): Promise<ContractingUnitDto> {
    const checked = await checkLetterhead(content);
    if (!checked.ok) throw new ValidationFailedException([fieldError('file', checked.code, checked.params)]);
    return this.units.manager.transaction(async (manager) => {
      const unit = await this.findOrFail(manager, id, true);
      const before = ContractingUnitDto.from(unit);
      Object.assign(unit, {
        letterhead: content, letterheadType: checked.mediaType, letterheadWidth: checked.width, letterheadHeight: checked.height,
        letterheadUpdatedAt: new Date(),
      });
      const after = ContractingUnitDto.from(await manager.save(unit));
      await this.audit.record(manager, user, { entityType: 'contracting_unit', entityId: id, action: 'SET_LETTERHEAD', before, after });
      return after;
    });
  }

  removeLetterhead(id: string, user: AuthUser): Promise<void> {
    return this.units.manager.transaction(async (manager) => {
      const unit = await this.findOrFail(manager, id, true);
      if (!unit.letterheadType) throw notFound('UNIT_NO_LETTERHEAD', { id });
      const before = ContractingUnitDto.from(unit);
      Object.assign(unit, { letterhead: null, letterheadType: null, letterheadWidth: null, letterheadHeight: null, letterheadUpdatedAt: null });
      const after = ContractingUnitDto.from(await manager.save(unit));
      await this.audit.record(manager, user, { entityType: 'contracting_unit', entityId: id, action: 'REMOVE_LETTERHEAD', before, after });
    });
  }

  async letterhead(id: string): Promise<{ image: Buffer; mediaType: LetterheadMediaType }> {
    const unit = await this.find('u.id = :id', { id }, true);
    if (!unit) await this.findOrFail(this.units.manager, id);
    const letterhead = unit && letterheadOf(unit);
    if (!letterhead) throw notFound('UNIT_NO_LETTERHEAD', { id });
    return letterhead;
  }

  /**
   * The support contact and letterhead for the documents of a procurement, found by the name of its
   * contracting unit whatever the letter case; an unregistered unit has the default contact and no letterhead.
   */
  async forProcurement(contractingUnitName: string): Promise<UnitDocumentFacts> {
    const unit = await this.named(contractingUnitName, true);
    if (!unit) return { supportContact: this.config.defaultSupportContact, letterhead: null };
    return { supportContact: supportContactOf(unit), letterhead: letterheadOf(unit) };
  }

  /** The support contact alone, for the clause texts (without reading the letterhead image). */
  async supportContactFor(contractingUnitName: string): Promise<SupportContact> {
    const unit = await this.named(contractingUnitName, false);
    return unit ? supportContactOf(unit) : this.config.defaultSupportContact;
  }

  /** The letterhead of the annual report: that of the unit named by ANNUAL_REPORT_UNIT, if it is registered. */
  async annualReportLetterhead(): Promise<Letterhead | null> {
    return (await this.forProcurement(this.config.annualReportUnit)).letterhead;
  }

  private named(name: string, withLetterhead: boolean): Promise<ContractingUnit | null> {
    return this.find('lower(u.name) = lower(:name)', { name: name.trim() }, withLetterhead);
  }

  private find(where: string, parameters: Record<string, string>, withLetterhead: boolean): Promise<ContractingUnit | null> {
    const qb = this.units.createQueryBuilder('u').where(where, parameters);
    return (withLetterhead ? qb.addSelect('u.letterhead') : qb).getOne();
  }

  private async findOrFail(manager: EntityManager, id: string, lock = false): Promise<ContractingUnit> {
    const unit = await manager.findOne(ContractingUnit, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!unit) throw notFound('UNIT_NOT_FOUND', { id });
    return unit;
  }
}

function contactColumns(contact: SupportContactDto): Pick<ContractingUnit, 'supportUnit' | 'supportPerson' | 'supportEmail' | 'supportPhone'> {
  return { supportUnit: contact.unit, supportPerson: contact.name ?? null, supportEmail: contact.email ?? null, supportPhone: contact.phone ?? null };
}

function supportContactOf(unit: ContractingUnit): SupportContact {
  return {
    unit: unit.supportUnit,
    ...(unit.supportPerson ? { name: unit.supportPerson } : {}),
    ...(unit.supportEmail ? { email: unit.supportEmail } : {}),
    ...(unit.supportPhone ? { phone: unit.supportPhone } : {}),
  };
}

function letterheadOf(unit: ContractingUnit): Letterhead | null {
  const { letterhead: image, letterheadType: mediaType, letterheadWidth: width, letterheadHeight: height } = unit;
  return image && mediaType && width && height ? { image, mediaType, width, height } : null;
}

async function assertNameFree(manager: EntityManager, name: string): Promise<void> {
  const existing = await manager.createQueryBuilder(ContractingUnit, 'u').where('lower(u.name) = lower(:name)', { name }).getOne();
  if (existing) throw conflict('UNIT_NAME_TAKEN', { name: existing.name });
}

/** Saves; a concurrent registration of the same name (the unique index) is a 409 like the check before it. */
async function saveUnique(manager: EntityManager, unit: ContractingUnit): Promise<ContractingUnit> {
  try {
    return await manager.save(unit);
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw conflict('UNIT_NAME_TAKEN', { name: unit.name });
    }
    throw error;
  }
}
