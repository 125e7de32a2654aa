import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** How long the probe waits to connect or for an answer before calling the database down. */
const PROBE_TIMEOUT_MS = 2000;

/**
 * Asks the database whether it answers, on a connection of its own: when every pooled connection is
 * busy (long uploads, a slow report), the health check still says what the database does, instead
 * of queueing behind the requests and timing out. The connection is opened on first use and again
 * after it broke; a broken connection is retried once on a new one before the database is called down.
 */
@Injectable()
export class DatabaseProbe implements OnModuleDestroy {
  private current?: { client: Client; connected: Promise<void> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isUp(): Promise<boolean> {
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await (await this.connection()).query('SELECT 1');
        return true;
      } catch {
        this.drop();
      }
    }
    return false;
  }

  async onModuleDestroy(): Promise<void> {
    this.drop();
  }

  private async connection(): Promise<Client> {
    if (!this.current) {
      const client = new Client({
        connectionString: (this.dataSource.options as { url: string }).url,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        application_name: 'social-clauses health',
      });
      // A server restart or a terminated backend: forget the connection, the next probe opens another.
      client.on('error', () => {
        if (this.current?.client === client) this.drop();
      });
      this.current = { client, connected: client.connect().then(() => undefined) };
    }
    const { client, connected } = this.current;
    await connected;
    return client;
  }

  private drop(): void {
    const dropped = this.current;
    this.current = undefined;
    void dropped?.client.end().catch(() => undefined);
  }
}
