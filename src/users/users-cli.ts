import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseArgs } from 'util';
import { DataSource } from 'typeorm';
import { AuthUser, Role } from '../auth/role';
import { flattenValidationErrors } from '../common/errors/validation-errors';
import { CreateUserDto } from './dto/user.dto';
import { UserStatus } from './entities/user-account.entity';
import { createInvitedAccount, Invited, reinviteAccount } from './invitations';
import { shapeProblem } from './user-rules';
import { UsersRepository } from './users.repository';
import { fieldError } from '../common/errors/validation-errors';
import { renderText } from '../common/i18n';
import './user.messages';

/** The operator at the command line, as the audit trail names them. */
export const cliOperator = (osUser: string): AuthUser => ({ sub: `cli:${osUser}`, role: Role.Admin, via: 'cli' });

/**
 * `users add`: creates an INVITED account (or, for an existing address, a new link) and returns the
 * one-time sign-in link for the operator to hand over — on the embedded default, the first admin's
 * way in. Validated by the same rules as POST /api/users.
 */
export async function addUser(dataSource: DataSource, args: string[], by: AuthUser, publicUrl: string): Promise<Invited & { created: boolean }> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, supplier: { type: 'string' },
      'supplier-admin': { type: 'boolean' }, language: { type: 'string' },
    },
  });
  const dto = plainToInstance(CreateUserDto, {
    email: values.email, name: values.name ?? values.email, role: values.role, supplierId: values.supplier,
    supplierAdmin: values['supplier-admin'] ?? false, language: values.language ?? 'sv',
  });
  const problems = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
  const shape = { role: dto.role, supplierId: dto.supplierId ?? null, supplierAdmin: dto.supplierAdmin ?? false };
  const ruleProblem = problems.length === 0 ? shapeProblem(shape) : null;
  if (problems.length > 0 || ruleProblem) {
    const [first] = ruleProblem ? [{ field: ruleProblem.field, messages: [renderText(fieldError(ruleProblem.field, ruleProblem.code).codes[0], 'en')] }] : problems;
    throw new Error(`--${optionOf(first.field)}: ${first.messages.join('; ')}`);
  }
  return dataSource.transaction(async (manager) => {
    const existing = await new UsersRepository(dataSource).findByEmail(dto.email, manager);
    if (existing?.status === UserStatus.Disabled) throw new Error(`${existing.email} is disabled; an admin enables the account first`);
    if (existing) return { ...(await reinviteAccount(manager, existing, by, publicUrl)), created: false };
    return { ...(await createInvitedAccount(manager, { ...shape, email: dto.email, name: dto.name, language: dto.language ?? 'sv' }, by, publicUrl)), created: true };
  });
}

/** `users list`: one line per account, tab-separated, by name. */
export async function listUsers(dataSource: DataSource): Promise<string[]> {
  const rows: { email: string; name: string; role: string; status: string; supplier: string | null; last_sign_in_at: Date | null }[] = await dataSource.query(
    `SELECT u.email, u.name, u.role, u.status, s.name AS supplier, u.last_sign_in_at
     FROM user_account u LEFT JOIN supplier s ON s.id = u.supplier_id ORDER BY lower(u.name), u.id`,
  );
  return rows.map((r) => [r.email, r.name, r.role, r.status, r.supplier ?? '', r.last_sign_in_at?.toISOString() ?? 'never signed in'].join('\t'));
}

const optionOf = (field: string): string => ({ supplierId: 'supplier', supplierAdmin: 'supplier-admin' })[field] ?? field;
