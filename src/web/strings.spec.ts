import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import { BreachOutcome, BreachStatus, PenaltyUnit } from '../breaches/breach.types';
import { NotHiredReason, ReferralOutcome, VacancyStatus } from '../matching/matching.types';
import { NOTIFICATION_KINDS } from '../notifications/notification-kinds';

/** The web interface's dictionary: every key the pages use exists, in Swedish and in English. */
const WEB_JS = join(__dirname, '..', '..', 'web', 'js');

function loadStrings(): Record<string, [string, string]> {
  const source = readFileSync(join(WEB_JS, 'strings.js'), 'utf8').replace('export const STRINGS =', 'STRINGS =');
  const sandbox: { STRINGS?: Record<string, [string, string]> } = {};
  runInNewContext(source, sandbox);
  return sandbox.STRINGS!;
}

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? scripts(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

describe('web interface strings', () => {
  const strings = loadStrings();
  const sources = scripts(WEB_JS).map((file) => readFileSync(file, 'utf8')).join('\n');

  it('has a Swedish and an English text for every key, with the same placeholders', () => {
    const problems = Object.entries(strings).flatMap(([key, texts]) => {
      if (!Array.isArray(texts) || texts.length !== 2 || texts.some((text) => typeof text !== 'string' || !text.trim())) return [`${key}: needs [sv, en]`];
      const placeholders = texts.map((text) => (text.match(/\{\w+\}/g) ?? []).sort().join(','));
      return placeholders[0] === placeholders[1] ? [] : [`${key}: placeholders differ (${placeholders.join(' / ')})`];
    });
    expect(problems).toEqual([]);
  });

  it('knows every literal key the pages ask for', () => {
    const used = [...sources.matchAll(/\b(?:t\(|nav: )'([\w.]+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used.filter((key) => !(key in strings)))]).toEqual([]);
  });

  it('names every code of the enumerations the pages show', () => {
    const used = [...sources.matchAll(/\b(?:term|badge)\('(\w+)', '(\w+)'\)/g)].map((m) => `${m[1]}.${m[2]}`);
    const groups = ['status', 'kind', 'intensity', 'recommendation', 'clauseType', 'targetGroup', 'placementKind', 'gender', 'clauseStatus', 'verification', 'meetingKind', 'progressStatus', 'reportType', 'memberStatus', 'memberKind', 'sizeBand', 'activity'];
    for (const group of groups) expect(Object.keys(strings).some((key) => key.startsWith(`${group}.`))).toBe(true);
    expect(used.filter((key) => !(key in strings))).toEqual([]);
  });

  it('names every code of the breach enumerations, which the pages look up by the code the API sends', () => {
    const keys = [
      ...Object.values(BreachStatus).map((code) => `breachStatus.${code}`),
      ...Object.values(BreachOutcome).map((code) => `decisionOutcome.${code}`),
      ...Object.values(PenaltyUnit).flatMap((code) => [`penaltyUnit.${code}`, `breach.terms.${code}`]),
    ];
    expect(keys.filter((key) => !(key in strings))).toEqual([]);
  });

  it('names every code of the matching enumerations, which the pages look up by the code the API sends', () => {
    const keys = [
      ...Object.values(VacancyStatus).map((code) => `vacancyStatus.${code}`),
      ...Object.values(ReferralOutcome).map((code) => `referralOutcome.${code}`),
      ...Object.values(NotHiredReason).map((code) => `notHiredReason.${code}`),
    ];
    expect(keys.filter((key) => !(key in strings))).toEqual([]);
  });

  it('names every notification kind, with when it is sent, and every state of the daily run', () => {
    const keys = [
      ...NOTIFICATION_KINDS.flatMap((kind) => [`notificationKind.${kind}`, `notificationKindHint.${kind}`]),
      ...['RUNNING', 'DONE', 'FAILED'].map((status) => `runStatus.${status}`),
    ];
    expect(keys.filter((key) => !(key in strings))).toEqual([]);
  });
});
