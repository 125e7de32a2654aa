import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { TEMPLATES_DIR } from '../clauses/text/clause-text';
import { MAIL_LANGS, templateFile } from '../mail/templates';
import { NOTIFICATION_KINDS } from './notification-kinds';

/** A kind without its message in both languages would fail only when its occasion first comes. */
describe('notification templates', () => {
  it.each(NOTIFICATION_KINDS)('%s has a Swedish and an English message, each telling how to switch it off', (kind) => {
    for (const lang of MAIL_LANGS) {
      const path = join(TEMPLATES_DIR, 'mail', lang, templateFile(kind));
      expect(existsSync(path)).toBe(true);
      const source = readFileSync(path, 'utf8');
      expect(source.split('\n')[1]).toBe('');
      expect(source).toContain(lang === 'sv' ? 'Inställningar → Aviseringar' : 'Settings → Notifications');
      expect(source).toContain('{{link}}');
    }
  });
});
