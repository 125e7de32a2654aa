import { ChildProcess, fork } from 'child_process';
import { join } from 'path';

/** A client registered at the test provider, as the city registers the service at its own. */
export interface TestOidcClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

/** What the test provider says about a person; their login on its sign-in page is also their subject. */
export interface TestOidcAccount {
  claims: { email?: string; email_verified?: boolean; name?: string; groups?: string[] };
}

/** How the provider's next ID tokens are altered: claims replaced, or signed by a key it does not publish. */
export interface IdTokenTamper {
  claims?: Record<string, unknown>;
  foreignKey?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  tamper(change: IdTokenTamper | null): Promise<void>;
  setCodeTtlSeconds(seconds: number): Promise<void>;
  /** Changes what the provider says about a person from their next sign-in, as the city's directory would. */
  updateAccount(login: string, account: TestOidcAccount): Promise<void>;
  stop(): Promise<void>;
}

/** Starts test/support/oidc-provider.mjs (oidc-provider, ESM-only) in a child process on a free port. */
export async function startTestOidcProvider(
  clients: TestOidcClient[],
  accounts: Record<string, TestOidcAccount>,
): Promise<TestOidcProvider> {
  const child = fork(join(__dirname, 'oidc-provider.mjs'), [], {
    env: { ...process.env, NODE_ENV: 'test', DEBUG: '', OIDC_TEST_CONFIG: JSON.stringify({ clients, accounts }) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Its warnings (Node 20 is below its supported runtime; in-memory storage) are shown only if it stops.
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const { issuer } = await nextMessage<{ issuer: string }>(child, () => stderr);
  const send = async (message: object) => {
    child.send(message);
    await nextMessage(child, () => stderr);
  };
  return {
    issuer,
    tamper: (change) => send({ tamper: change }),
    setCodeTtlSeconds: (seconds) => send({ codeTtlSeconds: seconds }),
    updateAccount: (login, account) => send({ account: { login, claims: account.claims } }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

function nextMessage<T>(child: ChildProcess, output: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`The test OpenID provider stopped (exit code ${code}):\n${output()}`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}
