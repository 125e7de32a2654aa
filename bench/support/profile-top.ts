/**
 * The top of a profile taken under bench/load, as the closing notes of performance work quote it.
 *
 *   node dist/bench/support/profile-top.js cpu <file.cpuprofile> [n]
 *       functions by self time: the samples that landed in each (V8's --cpu-prof), summed
 *   node dist/bench/support/profile-top.js sql <postgresql.log> [n] [requests]
 *       statements by count and total time from `log_min_duration_statement = 0` lines
 *       (bench/load with BENCH_LOG_STATEMENTS=1), with how many per request when `requests` is given
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line), in ms, largest first. */
export function cpuTop(profile: CpuProfile): { name: string; ms: number; share: number }[] {
  const frameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((node, i) => {
    const frame = frameOf.get(node)!;
    const file = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
    totalMs += ms;
  });
  return [...selfMs].map(([name, ms]) => ({ name, ms, share: ms / totalMs })).sort((a, b) => b.ms - a.ms);
}

/** Logged statements grouped by their text (parameters are $n already), largest total time first. */
export function sqlTop(log: string): { statement: string; count: number; ms: number }[] {
  const byStatement = new Map<string, { count: number; ms: number }>();
  const pattern = /duration: ([\d.]+) ms\s+(statement|execute|parse|bind)[^:]*: ([\s\S]*?)(?=\n\S|$)/g;
  for (const [, ms, phase, text] of log.matchAll(pattern)) {
    const statement = text.replace(/\s+/g, ' ').trim().slice(0, 140);
    const entry = byStatement.get(statement) ?? { count: 0, ms: 0 };
    // The extended protocol logs parse, bind and execute of one statement: count it once, time all three.
    if (phase === 'statement' || phase === 'execute') entry.count += 1;
    entry.ms += Number(ms);
    byStatement.set(statement, entry);
  }
  return [...byStatement].map(([statement, e]) => ({ statement, ...e })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [kind, file, n = '15', requests] = process.argv.slice(2);
  const limit = Number(n);
  if (kind === 'cpu') {
    for (const { name, ms, share } of cpuTop(JSON.parse(readFileSync(file, 'utf8'))).slice(0, limit)) {
      console.log(`${ms.toFixed(0).padStart(7)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${name}`);
    }
  } else if (kind === 'sql') {
    for (const { statement, count, ms } of sqlTop(readFileSync(file, 'utf8')).slice(0, limit)) {
      const per = requests ? ` ${(count / Number(requests)).toFixed(2).padStart(5)}/req` : '';
      console.log(`${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(7)}×${per}  ${statement}`);
    }
  } else {
    console.error('usage: profile-top cpu <file.cpuprofile> [n] | sql <postgresql.log> [n] [requests]');
    process.exit(2);
  }
}
