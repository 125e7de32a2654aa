import { randomUUID } from 'crypto';
import { Role } from '../src/auth/role';
import { runCli } from './support/cli';
import { redactStoredPersonalData, scanStoredPersonalData } from '../src/common/personal-data/stored-personal-data';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createCheckIn, createMember, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
/** The numbers old data holds, as written; none may appear in any output. */
const WRITTEN = ['900101-1239', '19900101 1239', '９００１０１\u200b1239', '701063-2391', '9001011239', '811218/9876', '20051224-1234'];
const DIGITS = ['900101', '701063', '811218', '051224'];

describe('Operators find and redact personal identity numbers stored before the screen', () => {
  let t: TestApp;
  let c: AwardedContract;
  let placementId: string;
  let checkInId: string;
  let supplierId: string;
  let clauseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t);
    supplierId = c.supplierId;
    clauseId = c.clauseIds[0];
    const supplier = t.auth(Role.Supplier, c.supplierId);
    placementId = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${clauseId}/placements`).set('Authorization', supplier)
      .set('Idempotency-Key', randomUUID()).send(placementInput())).body.id;
    await t.http.post(`/api/contracts/${c.contractId}/reports/placements/${placementId}/evidence`).set('Authorization', supplier).attach('file', PDF, 'avtal.pdf').expect(201);
    const member = await createMember(t);
    checkInId = (await createCheckIn(t, member.id as string, today(-10))).id as string;

    // Old data, written straight into the database as it was before the screen.
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    await q(`UPDATE placement SET reference = $1 WHERE id = $2`, [`P ${WRITTEN[0]}`, placementId]);
    await q(`UPDATE supplier SET city = $1 WHERE id = $2`, [WRITTEN[1], supplierId]);
    await q(`UPDATE check_in SET participants = $1, notes = $2 WHERE id = $3`, [['Kansliet', `Anna ${WRITTEN[2]}`], 'Avstämning', checkInId]);
    await q(`UPDATE evidence_file SET file_name = $1`, [`${WRITTEN[4]}.pdf`]);
    await q(`INSERT INTO audit_event (actor_sub, actor_role, entity_type, entity_id, action, after) VALUES ('s', 'supplier', 'placement', $1, 'CREATE', $2)`,
      [placementId, JSON.stringify({ reference: WRITTEN[3], nested: { list: ['ok', 9001011239] } })]);
    await q(`INSERT INTO idempotency_key (scope, route, key, request_hash, response_status, response_body) VALUES ('s', 'POST /x', $1, $2, 201, $3)`,
      [WRITTEN[5], 'a'.repeat(64), JSON.stringify({ reference: 'P-1' })]);
    // A token's digest whose hex happens to hold a date and four digits is chance, not a person.
    const [{ id: userId }] = await q(`INSERT INTO user_account (email, name, role, created_by) VALUES ('digest@example.se', 'Digest', 'officer', 'test') RETURNING id`, []);
    await q(`INSERT INTO sign_in_link (hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [`ab199001011239cd${'e'.repeat(48)}`, userId]);
    await q(`INSERT INTO clause_version (clause_id, version, title, target_groups, parameters, reporting_interval_months, published_at, created_by, change_reason)
             SELECT clause_id, 2, title, target_groups, parameters, reporting_interval_months, now(), created_by, $2 FROM clause_version WHERE clause_id = $1`,
      [clauseId, `Rättat efter ${WRITTEN[6]}`]);
  });
  afterAll(async () => { await t.close(); });

  const expected = () => [
    { table: 'audit_event', column: 'after', paths: ['nested.list.1', 'reference'] },
    { table: 'check_in', column: 'participants', paths: ['1'], row: checkInId },
    { table: 'clause_version', column: 'change_reason', paths: [] },
    { table: 'evidence_file', column: 'file_name', paths: [] },
    { table: 'idempotency_key', column: 'key', paths: [], row: 's/POST /x/[borttaget]' },
    { table: 'placement', column: 'reference', paths: [], row: placementId },
    { table: 'supplier', column: 'city', paths: [], row: supplierId },
  ];
  const noValueIn = (text: string) => {
    for (const written of WRITTEN) expect(text).not.toContain(written);
    for (const digits of DIGITS) expect(text).not.toContain(digits);
  };

  it('lists every stored text the screen would refuse, and nothing else, without the values', async () => {
    const hits = await scanStoredPersonalData(t.dataSource);
    const sorted = [...hits].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
    expect(sorted).toEqual(expected().map((hit) => expect.objectContaining(hit)));
    noValueIn(JSON.stringify(hits));
  });

  it('prints the same through the CLI entry', async () => {
    const lines = await runCli(t, ['personal-data', 'scan']);
    expect(lines.at(-1)).toBe('7 stored texts hold a personal identity number (table, column, row, paths)');
    expect(lines).toContain(`placement\treference\t${placementId}`);
    expect(lines.find((l) => l.startsWith('audit_event\t'))).toMatch(/^audit_event\tafter\t\d+\tnested\.list\.1,reference$/);
    noValueIn(lines.join('\n'));
  });

  it('redacts only the numbers, in one go, with an audit row per text; a second scan finds nothing', async () => {
    const summary = await redactStoredPersonalData(t.dataSource, 'dataskyddsombud');
    expect(summary.redacted).toHaveLength(7);
    expect(summary.changedMeanwhile).toEqual([]);
    expect(await scanStoredPersonalData(t.dataSource)).toEqual([]);

    const one = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0];
    expect((await one(`SELECT reference FROM placement WHERE id = $1`, [placementId])).reference).toBe('P [borttaget]');
    expect((await one(`SELECT city FROM supplier WHERE id = $1`, [supplierId])).city).toBe('[borttaget]');
    expect((await one(`SELECT participants FROM check_in WHERE id = $1`, [checkInId])).participants).toEqual(['Kansliet', 'Anna [borttaget]']);
    expect((await one(`SELECT file_name FROM evidence_file`)).file_name).toBe('[borttaget].pdf');
    expect((await one(`SELECT change_reason FROM clause_version WHERE clause_id = $1 AND version = 2`, [clauseId])).change_reason).toBe('Rättat efter [borttaget]');

    const audit = await t.dataSource.query(`SELECT actor_sub, entity_type, entity_id, after, occurred_at FROM audit_event WHERE action = 'REDACT_PERSONAL_DATA' ORDER BY entity_type`);
    expect(audit).toHaveLength(7);
    expect(audit.every((row: { actor_sub: string; occurred_at: Date }) => row.actor_sub === 'dataskyddsombud' && row.occurred_at instanceof Date)).toBe(true);
    expect(audit.find((row: { entity_type: string }) => row.entity_type === 'placement')).toMatchObject({
      entity_id: placementId, after: { table: 'placement', column: 'reference', row: placementId, paths: [], replacedWith: '[borttaget]' },
    });
    noValueIn(JSON.stringify(audit));
    // The freeze is back once the redaction's transaction is over.
    await expect(t.dataSource.query(`UPDATE clause_version SET change_reason = 'x' WHERE clause_id = $1 AND version = 2`, [clauseId])).rejects.toThrow(/published/);
  });

  it('the service still reads every redacted row', async () => {
    const res = await t.http.get(`/api/contracts/${c.contractId}/clauses/${clauseId}/placements/${placementId}`).set('Authorization', t.auth(Role.PactOffice));
    expect(res.status).toBe(200);
    expect(res.body.reference).toBe('P [borttaget]');
  });
});
