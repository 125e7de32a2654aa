import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { Page } from '../common/pagination';
import { CreateSupplierDto, ListSuppliersQueryDto, SupplierDto, UpdateSupplierDto } from './dto/supplier.dto';
import { Supplier } from './entities/supplier.entity';
import { escapeLike } from '../common/text';
import { conflict, notFound } from '../common/errors/coded-exception';
import '../access/access.messages';
import './supplier.messages';

@Injectable()
export class SuppliersService {
  constructor(
    @InjectRepository(Supplier) private readonly suppliers: Repository<Supplier>,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async create(dto: CreateSupplierDto, user: AuthUser): Promise<SupplierDto> {
    await this.assertOrgNumberFree(dto.orgNumber);
    return this.suppliers.manager.transaction(async (manager) => {
      const saved = SupplierDto.from(await manager.save(manager.create(Supplier, dto)));
      await this.audit.record(manager, user, { entityType: 'supplier', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  /** A supplier token sees only its own supplier, so its list has at most one entry. */
  async list(query: ListSuppliersQueryDto, user: AuthUser): Promise<Page<SupplierDto>> {
    const qb = this.suppliers.createQueryBuilder('s').orderBy('lower(s.name)').addOrderBy('s.id');
    if (query.q) {
      qb.andWhere(`(s.name ILIKE :q OR replace(s.org_number, '-', '') LIKE :digits)`, {
        q: `%${escapeLike(query.q)}%`,
        digits: `%${escapeLike(query.q.replace(/-/g, ''))}%`,
      });
    }
    this.access.scoped(qb, user, 's.id');
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(SupplierDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string, user: AuthUser): Promise<SupplierDto> {
    return SupplierDto.from(await this.findVisible(id, user));
  }

  async update(id: string, dto: UpdateSupplierDto, user: AuthUser): Promise<SupplierDto> {
    this.access.require(user, Action.ManageSupplier, { supplierId: id }, { code: 'SUPPLIER_NOT_FOUND', id });
    return this.suppliers.manager.transaction(async (manager) => {
      const supplier = await manager.findOne(Supplier, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw notFound('SUPPLIER_NOT_FOUND', { id });
      if (dto.orgNumber && dto.orgNumber !== supplier.orgNumber) await this.assertOrgNumberFree(dto.orgNumber);
      const before = SupplierDto.from(supplier);
      const after = SupplierDto.from(await manager.save(Object.assign(supplier, dto)));
      await this.audit.record(manager, user, { entityType: 'supplier', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** A supplier's entry is that supplier's record: another supplier's answers 404 before it is looked up. */
  async findVisible(id: string, user: AuthUser): Promise<Supplier> {
    this.access.require(user, Action.Read, { supplierId: id }, { code: 'SUPPLIER_NOT_FOUND', id });
    const supplier = await this.suppliers.findOneBy({ id });
    if (!supplier) throw notFound('SUPPLIER_NOT_FOUND', { id });
    return supplier;
  }

  private async assertOrgNumberFree(orgNumber: string): Promise<void> {
    const existing = await this.suppliers.findOneBy({ orgNumber });
    if (existing) {
      throw conflict('SUPPLIER_ORG_NUMBER_TAKEN', { orgNumber, id: existing.id });
    }
  }
}

