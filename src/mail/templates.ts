import Handlebars from 'handlebars';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TEMPLATES_DIR } from '../clauses/text/clause-text';
import type { Lang } from '../common/i18n';

/** A message's language: the service's two (src/common/i18n). */
export type MailLang = Lang;
export const MAIL_LANGS: MailLang[] = ['sv', 'en'];

/**
 * What each kind of message needs to be written: one entry per kind, whose template is
 * `templates/mail/<lang>/<kind in kebab-case>.hbs`. A notification kind (src/notifications/notification-kinds.ts)
 * is a mail kind once it has an entry here; every notification template gets the caller's `link`
 * into the web interface.
 */
export interface MailParams {
  /** An invitation with a one-time sign-in link; `supplierName` is set for a supplier's user. */
  INVITATION: { name: string; invitedBy: string; supplierName: string | null; link: string; validDays: number };
  /** A one-time sign-in code (engångskod) for a supplier's user. */
  SIGN_IN_CODE: { code: string; validMinutes: number };
  /** The pact office questioned one of the supplier's reports; `reportSummary` says which (no personal data). */
  REPORT_QUESTIONED: {
    supplierName: string; referenceNumber: string; clauseNumber: number; reportSummary: string; reason: string; link: string;
  };
  /** A report is due within N days (daysLeft 0: today). */
  REPORT_DUE_SOON: SupplierClauseParams & ReportingPeriodParams & { daysLeft: number };
  /** A report is past its due date; `reminder` counts the overdue reminders (1 the day after the due date). */
  REPORT_OVERDUE: SupplierClauseParams & ReportingPeriodParams & { daysOverdue: number; reminder: number };
  /** The buyer issued a remedy request (begäran om rättelse): what is missing and by when. */
  REMEDY_REQUESTED: SupplierClauseParams & RemedyParams;
  /** An open remedy request is due within N days (daysLeft 0: today). */
  REMEDY_DUE_SOON: SupplierClauseParams & RemedyParams & { daysLeft: number };
  /** To the supplier's users: its clause turned AT_RISK on `since`; `reasons` as the rules stored them, in each language. */
  CLAUSE_AT_RISK: ClauseAlertParams;
  /** To the contract's officers and the pact office: a clause turned AT_RISK or NOT_FULFILLED. */
  CLAUSE_DEVIATION: ClauseAlertParams & { notFulfilled: boolean };
  /** To the contract's officers and the pact office: an OPEN remedy request is past its due date. */
  REMEDY_OVERDUE: ClauseMention & { dueDate: string; daysOverdue: number; link: string };
  /** Weekly to officers and the pact office: the contracts in their scope with overdue reports. */
  OVERDUE_REPORTS_DIGEST: {
    week: string; weekNumber: number; totalContracts: number; totalReports: number; moreContracts: number; link: string;
    lines: { referenceNumber: string; supplierName: string; overduePeriods: number; oldestDueDate: string; daysOverdue: number }[];
  };
  /** To the pact office: a member's current letter of intent ends within N days. */
  LETTER_EXPIRING: MemberLetterParams & { daysLeft: number };
  /** To the pact office: a member's current letter of intent ended (within the last 30 days). */
  LETTER_EXPIRED: MemberLetterParams & { daysSinceEnd: number };
  /** To the pact office: a current member's annual check-in is due within N days, or overdue. */
  CHECK_IN_DUE: {
    memberName: string; orgNumber: string; lastCheckInOn: string | null; dueOn: string; overdue: boolean; daysLeft: number;
    daysOverdue: number; link: string;
  };
  /** To the matching unit: a vacancy was posted; `targetGroups` and `kind` in each mail language. */
  NEW_VACANCY: VacancyParams & { positions: number; startDate: string; referralDeadline: string; targetGroups: MailWords };
  /** To the employer's users: the matching unit referred a candidate, known to them only by its code. */
  NEW_REFERRAL: VacancyParams & ReferralParams;
  /** To the employer's users: a referral has no final outcome `daysSince` days after it was made. */
  REFERRAL_OUTCOME_OVERDUE: VacancyParams & ReferralParams & { outcome: MailWords; outcomeDueOn: string; reminder: number };
}

/** Which vacancy a matching message is about, and the page where it is handled. */
export interface VacancyParams {
  employerName: string; vacancyTitle: string; kind: MailWords; district: string; link: string;
}

/** A referral as its employer knows it: the code, never a name. */
export interface ReferralParams {
  code: string; referredOn: string; targetGroup: MailWords;
}

/** What a message to a supplier about one clause of its contract names (no personal data). */
export interface SupplierClauseParams {
  supplierName: string;
  referenceNumber: string;
  procurementTitle: string;
  clauseNumber: number;
  clauseTitle: string;
  /** Whom to ask: the contracting unit's support contact, without a person's name. */
  supportContact: string;
  /** The clause's follow-up page in the web interface. */
  link: string;
}

/** A reporting period (dates ISO, as the contract's schedule gives them). */
export interface ReportingPeriodParams {
  periodNumber: number;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

export interface RemedyParams {
  /** What the buyer found missing, as written in the request. */
  missing: string;
  dueDate: string;
}

/** A word in each mail language, for a value the template names (e.g. a clause type). */
export type MailWords = Record<MailLang, string>;

/** Which clause of which contract a message is about (no personal data). */
export interface ClauseMention {
  supplierName: string; referenceNumber: string; procurementTitle: string; clauseNumber: number; clauseType: MailWords;
}

/** `reasons` rendered in each mail language, so the template picks the recipient's. */
export type ClauseAlertParams = ClauseMention & { reasons: Record<MailLang, string[]>; since: string; link: string };

export interface MemberLetterParams {
  memberName: string; orgNumber: string; letterVersion: number; validTo: string; link: string;
}
export type MailKind = keyof MailParams;

/** The template file of a kind: SIGN_IN_CODE → sign-in-code.hbs. */
export function templateFile(kind: string): string {
  return `${kind.toLowerCase().replace(/_/g, '-')}.hbs`;
}

export interface RenderedMail {
  subject: string;
  text: string;
}

const handlebars = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/**
 * `templates/mail/<lang>/<kind>.hbs`: the first line is the subject, the rest after a blank line the
 * plain-text body. Not HTML-escaped (the output is plain text) and strict, so a parameter the
 * template names but the caller did not give throws instead of printing nothing. Compiled on first
 * use and kept.
 */
function template(kind: MailKind, lang: MailLang): Handlebars.TemplateDelegate {
  const key = `${lang}/${kind}`;
  let delegate = compiled.get(key);
  if (!delegate) {
    const source = readFileSync(join(TEMPLATES_DIR, 'mail', lang, templateFile(kind)), 'utf8');
    delegate = handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(key, delegate);
  }
  return delegate;
}

/** The subject and text of a message of `kind` in the recipient's language. */
export function render<K extends MailKind>(kind: K, lang: MailLang, params: MailParams[K]): RenderedMail {
  const output = template(kind, lang)(params);
  const [subject, ...body] = output.split('\n');
  return { subject: subject.trim(), text: `${body.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n` };
}
