import { commands } from '../src/cli';
import { createTestApp, TestApp } from './support/test-app';
import { sessionCookie } from './support/user-factories';

describe('CLI: the first admin, the user list, and development tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  /** Runs a CLI command against the test database with the given environment; returns what it printed. */
  async function runCli(args: string[], env: Record<string, string> = {}): Promise<string[]> {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => { lines.push(String(line)); });
    const previous = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: (t.dataSource.options as { url: string }).url, ...env });
    try {
      await commands[args[0]](args.slice(1));
    } finally {
      process.env = previous;
      log.mockRestore();
    }
    return lines;
  }

  const tokenOf = (link: string) => link.split('/').pop() as string;

  it('creates the first admin and prints a one-time sign-in link that signs them in', async () => {
    const lines = await runCli(['users', 'add', '--email', 'it-chef@stockholm.se', '--name', 'Ingrid Chef', '--role', 'admin'], { PUBLIC_URL: 'https://klausuler.stockholm.se' });
    expect(lines[0]).toMatch(/^Invited it-chef@stockholm.se \(admin\)/);
    const link = lines.at(-1) as string;
    expect(link).toMatch(/^https:\/\/klausuler\.stockholm\.se\/#\/sign-in\/link\/[A-Za-z0-9_-]{43}$/);
    const res = await t.http.post('/api/auth/link').send({ token: tokenOf(link) }).expect(204);
    const me = await t.http.get('/api/me').set('Cookie', sessionCookie(res.headers['set-cookie'])).expect(200);
    expect(me.body).toMatchObject({ email: 'it-chef@stockholm.se', name: 'Ingrid Chef', role: 'admin' });
    const [audit] = await t.dataSource.query(`SELECT actor_sub, actor_role FROM audit_event WHERE entity_id = $1 AND action = 'CREATE'`, [me.body.id]);
    expect(audit).toEqual({ actor_sub: expect.stringMatching(/^cli:/), actor_role: 'admin' });
  });

  it('prints a new link for an address that has an account, and lists users', async () => {
    const lines = await runCli(['users', 'add', '--email', 'IT-CHEF@stockholm.se', '--role', 'admin']);
    expect(lines[0]).toMatch(/^New sign-in link for it-chef@stockholm.se/);
    await t.http.post('/api/auth/link').send({ token: tokenOf(lines.at(-1) as string) }).expect(204);
    const list = await runCli(['users', 'list']);
    expect(list).toContainEqual(expect.stringMatching(/^it-chef@stockholm\.se\tIngrid Chef\tadmin\tACTIVE\t\t\d{4}-/));
  });

  it('creates a user of the matching unit, who signs in and reaches the vacancies but not the contracts', async () => {
    const lines = await runCli(['users', 'add', '--email', 'matchare@jobbtorg.stockholm.se', '--name', 'Mats Matchare', '--role', 'matcher']);
    expect(lines[0]).toMatch(/^Invited matchare@jobbtorg.stockholm.se \(matcher\)/);
    const signedIn = await t.http.post('/api/auth/link').send({ token: tokenOf(lines.at(-1) as string) }).expect(204);
    const cookie = signedIn.headers['set-cookie'] as unknown as string[];
    expect((await t.http.get('/api/me').set('Cookie', cookie).expect(200)).body).toMatchObject({ role: 'matcher' });
    await t.http.get('/api/vacancies').set('Cookie', cookie).expect(200);
    await t.http.get('/api/contracts').set('Cookie', cookie).expect(403);
  });

  it('names the option that is wrong', async () => {
    await expect(runCli(['users', 'add', '--email', 'x@stockholm.se', '--role', 'boss'])).rejects.toThrow(/^--role: role must be one of/);
    await expect(runCli(['users', 'add', '--email', 'not-an-address', '--role', 'admin'])).rejects.toThrow(/^--email/);
    await expect(runCli(['users', 'add', '--email', 'y@leverantor.se', '--role', 'supplier'])).rejects.toThrow(/^--supplier: supplierId is required/);
    await expect(runCli(['users', 'remove'])).rejects.toThrow(/users needs add or list/);
  });

  it('prints development tokens outside production only', async () => {
    const secret = { JWT_SECRET: 'a-development-secret-of-at-least-32-characters' };
    const lines = await runCli(['token', '--role', 'officer'], secret);
    expect(lines.at(-1)).toMatch(/^eyJ/);
    await expect(runCli(['token', '--role', 'officer'], { ...secret, NODE_ENV: 'production' })).rejects.toThrow(/development only.*NODE_ENV=production/);
  });
});
