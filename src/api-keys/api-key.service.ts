import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { hashOfSecret } from '../auth/secrets';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { UserStatus } from '../users/entities/user-account.entity';
import { AccountFacts, authUserOf, mayAct } from '../users/user-principal';
import { apiKeyExpiryProblem, apiKeyState, isWellFormedApiKey, lastUsedNeedsUpdate, newApiKey } from './api-key-rules';
import { API_KEYS_CONFIG, ApiKeysConfig } from './api-keys.config';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';
import { ApiKey } from './entities/api-key.entity';
import { forbidden, notFound } from '../common/errors/coded-exception';
import '../users/user.messages';
import './api-key.messages';

interface KeyRow {
  id: string;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  role: AccountFacts['role'];
  supplier_id: string | null;
  supplier_admin: boolean;
  status: UserStatus;
}

/** Personal API keys: shown once, stored as sha256, with an expiry, revocable. */
@Injectable()
export class ApiKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(API_KEYS_CONFIG) private readonly config: ApiKeysConfig,
  ) {}

  /**
   * A new key for the signed-in user. Not idempotent on purpose: a replay would have to keep the
   * key itself to answer with it again, and the key is never stored.
   */
  async create(user: AuthUser, dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    if (!user.userId) throw forbidden('API_KEY_NEEDS_ACCOUNT');
    if (user.via === 'api-key') throw forbidden('API_KEY_NOT_BY_KEY');
    const expiresAt = new Date(dto.expiresAt);
    const problem = apiKeyExpiryProblem(expiresAt, new Date(), this.config.apiKeyMaxDays);
    if (problem) throw new ValidationFailedException([fieldError('expiresAt', problem.code, problem.params)]);
    const { key, prefix, hash } = newApiKey();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ApiKey, { userId: user.userId, name: dto.name.trim(), prefix, hash, expiresAt }));
      await this.audit.record(manager, user, { entityType: 'api_key', entityId: saved.id, action: 'CREATE', after: ApiKeyDto.from(saved) });
      return { id: saved.id, name: saved.name, prefix, key, expiresAt: saved.expiresAt.toISOString() };
    });
  }

  /** A user's keys, newest first (revoked and expired ones too, so the holder sees what happened). */
  async list(userId: string): Promise<ApiKeyDto[]> {
    const keys = await this.dataSource.getRepository(ApiKey).find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return keys.map(ApiKeyDto.from);
  }

  /** Any user's keys, for an admin; 404 for no such user. */
  async listOf(userId: string): Promise<ApiKeyDto[]> {
    const [user] = await this.dataSource.query(`SELECT 1 FROM user_account WHERE id = $1`, [userId]);
    if (!user) throw notFound('USER_NOT_FOUND');
    return this.list(userId);
  }

  /** Revokes one of the user's keys; refused from the next request on, on every instance. */
  async revoke(userId: string, keyId: string, by: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id: keyId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw notFound('API_KEY_NOT_FOUND');
      if (key.revokedAt) return;
      const before = ApiKeyDto.from(key);
      await manager.update(ApiKey, { id: keyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      const after = ApiKeyDto.from((await manager.findOneByOrFail(ApiKey, { id: keyId })));
      await this.audit.record(manager, by, { entityType: 'api_key', entityId: keyId, action: 'REVOKE', before, after });
    });
  }

  /** The user of a presented key, or null when it is unknown, revoked, expired or its user disabled. */
  async resolve(key: string): Promise<AuthUser | null> {
    if (!isWellFormedApiKey(key)) return null;
    const [row]: KeyRow[] = await this.dataSource.query(
      `SELECT k.id, k.expires_at, k.revoked_at, k.last_used_at,
              u.id AS user_id, u.email, u.name, u.role, u.supplier_id, u.supplier_admin, u.status
       FROM api_key k JOIN user_account u ON u.id = k.user_id WHERE k.hash = $1`,
      [hashOfSecret(key)],
    );
    if (!row) return null;
    const now = new Date();
    if (apiKeyState({ revokedAt: row.revoked_at, expiresAt: row.expires_at }, now) !== 'ACTIVE') return null;
    const account = { id: row.user_id, email: row.email, name: row.name, role: row.role, supplierId: row.supplier_id, supplierAdmin: row.supplier_admin, status: row.status };
    if (!mayAct(account)) return null;
    if (lastUsedNeedsUpdate(row.last_used_at, now)) {
      await this.dataSource.query(`UPDATE api_key SET last_used_at = $2 WHERE id = $1`, [row.id, now]);
    }
    return authUserOf(account, 'api-key');
  }
}
