import Handlebars from 'handlebars';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TEMPLATES_DIR } from '../clauses/text/clause-text';

export type MailLang = 'sv' | 'en';
export const MAIL_LANGS: MailLang[] = ['sv', 'en'];

/** What each kind of message needs to be written. */
export interface MailParams {
  /** An invitation with a one-time sign-in link; `supplierName` is set for a supplier's user. */
  INVITATION: { name: string; invitedBy: string; supplierName: string | null; link: string; validDays: number };
  /** A one-time sign-in code (engångskod) for a supplier's user. */
  SIGN_IN_CODE: { code: string; validMinutes: number };
}
export type MailKind = keyof MailParams;

const FILES: Record<MailKind, string> = { INVITATION: 'invitation.hbs', SIGN_IN_CODE: 'sign-in-code.hbs' };

export interface RenderedMail {
  subject: string;
  text: string;
}

type Compiled = Record<MailLang, Record<MailKind, Handlebars.TemplateDelegate>>;

/**
 * `templates/mail/<lang>/<kind>.hbs`: the first line is the subject, the rest after a blank line the
 * plain-text body. Not HTML-escaped (the output is plain text) and strict, so a parameter the
 * template names but the caller did not give throws instead of printing nothing.
 */
function compileAll(): Compiled {
  const hb = Handlebars.create();
  const compileLang = (lang: MailLang) =>
    Object.fromEntries(
      Object.entries(FILES).map(([kind, file]) => [
        kind,
        hb.compile(readFileSync(join(TEMPLATES_DIR, 'mail', lang, file), 'utf8'), { noEscape: true, strict: true }),
      ]),
    ) as Record<MailKind, Handlebars.TemplateDelegate>;
  return { sv: compileLang('sv'), en: compileLang('en') };
}

let compiled: Compiled | undefined;

/** The subject and text of a message of `kind` in the recipient's language. */
export function render<K extends MailKind>(kind: K, lang: MailLang, params: MailParams[K]): RenderedMail {
  const output = (compiled ??= compileAll())[lang][kind](params);
  const [subject, ...body] = output.split('\n');
  return { subject: subject.trim(), text: `${body.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n` };
}
