/**
 * The floor of the stack for bench/load: the least any Node service must do per placement report —
 * parse the JSON body and run one INSERT through a pg Pool — once on bare `node:http` and once as a
 * minimal NestJS app (platform-express, one @Post controller; no guards, pipes, validation, helmet,
 * logging). Driven exactly like the service, they show how much of pgbench any Node or NestJS
 * service can reach on this machine.
 *
 *   node dist/bench/support/floor-servers.js bare|nest   (PORT, DATABASE_URL, DB_POOL_SIZE)
 */
import 'reflect-metadata';
import { Body, Controller, Inject, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'child_process';
import { randomUUID } from 'crypto';
import { createServer } from 'http';
import { connect } from 'net';
import { Pool } from 'pg';

export type FloorServerKind = 'bare' | 'nest';

/** The path both floor servers answer, with the same JSON body as a placement report. */
export const FLOOR_PATH = '/placements';

/** Starts a floor server as its own process, as the service runs in its own. */
export function startFloorServer(kind: FloorServerKind, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [__filename, kind], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Resolves once something accepts connections on the port. */
export async function waitListening(port: number, timeoutMs = 20000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
        .once('connect', () => {
          socket.end();
          resolve(true);
        })
        .once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on port ${port}`);
}

// One supplier, contract and clause per server process, so references never collide with another run's.
const IDS = [randomUUID(), randomUUID(), randomUUID()];

const INSERT = `INSERT INTO bench_placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date,
  end_date, working_time_percent, target_group, gender, age_band, establishment_programme, created_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'bench') RETURNING id`;

/** The one INSERT both floor servers run per request; answers the new row's id. */
async function insertPlacement(pool: Pool, r: Record<string, unknown>): Promise<{ id: string }> {
  const { rows } = await pool.query(INSERT, [
    ...IDS, r.reference, r.kind, r.offeredDate, r.filled, r.startDate, r.endDate, r.workingTimePercent, r.targetGroup, r.gender,
    r.ageBand, r.establishmentProgramme,
  ]);
  return rows[0];
}

function bare(pool: Pool, port: number): void {
  createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      insertPlacement(pool, JSON.parse(Buffer.concat(chunks).toString('utf8'))).then(
        (row) => {
          response.writeHead(201, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify(row));
        },
        (error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        },
      );
    });
  }).listen(port);
}

const POOL = 'FLOOR_POOL';

@Controller()
class FloorController {
  constructor(@Inject(POOL) private readonly pool: Pool) {}

  @Post(FLOOR_PATH)
  create(@Body() body: Record<string, unknown>): Promise<{ id: string }> {
    return insertPlacement(this.pool, body);
  }
}

async function nest(pool: Pool, port: number): Promise<void> {
  @Module({ controllers: [FloorController], providers: [{ provide: POOL, useValue: pool }] })
  class FloorModule {}
  const app = await NestFactory.create(FloorModule, { logger: false });
  await app.listen(port);
}

if (require.main === module) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const port = Number(process.env.PORT);
  if (process.argv[2] === 'nest') void nest(pool, port);
  else bare(pool, port);
}
