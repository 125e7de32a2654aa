import { addDays, addMonths } from '../common/calendar';
import { bandedPng } from '../common/png';
import { Prng } from '../results/demo-data/prng';
import { buildContracts, Rewind } from './build-contracts';
import { BuiltMatching, buildMatching, MatchingRewind } from './build-matching';
import { CityClient, fileForm } from './city-client';
import { CONTRACTS } from './city-contracts';
import { CITY_MARKER_UNIT, demoOrgNumber, MEMBERS, MemberFacts, STAFF, SUPPLIERS, UNITS } from './city-facts';
import { dialogueClause, diaryNumber, initiativeClause, OTHER_PROCUREMENTS, placementsClause, procurementBody, screeningBody } from './city-procurements';

export interface CityCounts {
  units: number;
  suppliers: number;
  procurements: number;
  contracts: number;
  reports: number;
  members: number;
  matching: BuiltMatching;
  users: { role: string; email: string; name: string; id: string }[];
}

/** Whether the city's first unit exists: the demo is built once per database. */
export async function cityExists(api: CityClient): Promise<boolean> {
  const page = await api.officer('GET', `/contracting-units?limit=100`);
  return (page.items as { name: string }[]).some((unit) => unit.name === CITY_MARKER_UNIT);
}

async function units(api: CityClient): Promise<void> {
  for (const unit of UNITS) {
    const created = await api.officer('POST', '/contracting-units', {
      name: unit.name, supportContact: { unit: unit.supportUnit, name: unit.contact, email: unit.email, phone: unit.phone },
    });
    await api.officer('PUT', `/contracting-units/${created.id}/letterhead`, fileForm(bandedPng(600, 120, unit.colour), 'brevhuvud.png', 'image/png'));
  }
}

async function suppliers(api: CityClient): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, s] of SUPPLIERS.entries()) {
    const body = { name: s.name, orgNumber: demoOrgNumber(i + 1), contactEmail: s.email, streetAddress: s.street, postalCode: s.postalCode, city: s.city };
    ids.push((await api.officer('POST', '/suppliers', body)).id);
  }
  return ids;
}

/** Procurements that stop before an award: drafts, screened, published and cancelled ones. */
async function otherProcurements(api: CityClient, today: string, first: number): Promise<void> {
  for (const [i, plan] of OTHER_PROCUREMENTS.entries()) {
    const p = await api.officer('POST', '/procurements', procurementBody(plan, diaryNumber(plan.unit, first + i, today)));
    if (plan.clauses) {
      await api.officer('POST', `/procurements/${p.id}/clauses`, placementsClause({ requirement: { count: 3, internships: 2 }, months: plan.months }));
      await api.officer('POST', `/procurements/${p.id}/clauses`, dialogueClause());
      if (plan.months >= 24) await api.officer('POST', `/procurements/${p.id}/clauses`, initiativeClause(today));
    }
    if (plan.stage === 'DRAFT') continue;
    if (plan.stage === 'CANCELLED' && !plan.clauses) {
      await api.officer('POST', `/procurements/${p.id}/cancel`, undefined, 200);
      continue;
    }
    await api.officer('POST', `/procurements/${p.id}/screening-decisions`, screeningBody(plan.clauses));
    if (plan.stage === 'SCREENED') continue;
    await api.officer('POST', `/procurements/${p.id}/publish`, { publishedOn: addDays(today, -7 * (i % 4)) }, 200);
    if (plan.stage === 'CANCELLED') await api.officer('POST', `/procurements/${p.id}/cancel`, undefined, 200);
  }
}

/** A letter valid a year and more (ACTIVE), ending within the warning window (EXPIRING), or ended (EXPIRED). */
function letterDates(member: MemberFacts, today: string): { signedOn: string; validFrom: string; validTo: string } {
  const validTo = { ACTIVE: addMonths(today, 20), EXPIRING: addDays(today, 25), EXPIRED: addDays(today, -45) }[member.letter];
  const validFrom = addMonths(validTo, -36);
  return { signedOn: addDays(validFrom, -14), validFrom, validTo };
}

/** Members 0, 2 and 4 are Jobbpartners (their letters name JOB_PARTNER); the others are Stockholm mentors. */
async function members(api: CityClient, today: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, m] of MEMBERS.entries()) {
    const created = await api.pactOffice('POST', '/pact-members', {
      name: m.name,
      // A member that is also a supplier shares its organisation number, so the two are linked.
      orgNumber: demoOrgNumber(m.supplier === undefined ? 100 + i : m.supplier + 1),
      kind: m.kind, sector: m.sector, sizeBand: m.sizeBand, contactName: m.contactName,
      contactEmail: `pakten${i + 1}@demo.stockholm.se`, contactPhone: `08-508 90 ${String(100 + i)}`,
    });
    ids.push(created.id);
    await api.pactOffice('POST', `/pact-members/${created.id}/letters`, {
      ...letterDates(m, today),
      activities: i % 2 === 0 ? ['JOB_PARTNER', 'SOCIAL_CLAUSE'] : ['STOCKHOLM_MENTOR'],
      commitments: [{ description: 'Erbjuda praktikplatser till nyanlända och långtidsarbetslösa', target: 4 + i, unit: 'praktikplatser per år' }],
    });
    for (const daysAgo of m.checkIns) {
      await api.pactOffice('POST', `/pact-members/${created.id}/check-ins`, {
        heldOn: addDays(today, -daysAgo), participants: [`${m.contactName}, kontaktperson`, 'Integrationspaktens kansli'],
        notes: 'Genomgång av avsiktsförklaringens åtaganden och årets praktikplatser.', followUpActions: ['Boka nästa avstämning'],
      });
    }
  }
  return ids;
}

/** One user per role (two supplier users), invited as an admin would invite them. */
async function users(api: CityClient, supplierIds: string[]): Promise<CityCounts['users']> {
  const made: CityCounts['users'] = [];
  for (const s of STAFF) {
    const supplier = s.supplier === undefined ? {} : { supplierId: supplierIds[s.supplier], supplierAdmin: true };
    const user = await api.admin('POST', '/users', { email: s.email, name: s.name, role: s.role, language: 'sv', ...supplier });
    made.push({ role: s.role, email: s.email, name: s.name, id: user.id });
  }
  return made;
}

/** The whole city, in an order the service accepts: who exists before what refers to them. */
export async function buildCity(api: CityClient, rewind: Rewind & MatchingRewind, today: string, seed: number): Promise<CityCounts> {
  if (await cityExists(api)) {
    throw new Error(`The demo city is already built in this database (${CITY_MARKER_UNIT} exists). ` +
      `For a fresh sign-in link: npm run cli -- users add --email ${STAFF[1].email} --role officer`);
  }
  await units(api);
  const supplierIds = await suppliers(api);
  const { contracts, reports } = await buildContracts(api, CONTRACTS, supplierIds, rewind, today, new Prng(seed));
  await otherProcurements(api, today, CONTRACTS.length);
  const memberIds = await members(api, today);
  const matching = await buildMatching(api, contracts, supplierIds, memberIds, rewind, today);
  return {
    units: UNITS.length, suppliers: SUPPLIERS.length, procurements: CONTRACTS.length + OTHER_PROCUREMENTS.length,
    contracts: contracts.length, reports, members: MEMBERS.length, matching, users: await users(api, supplierIds),
  };
}
