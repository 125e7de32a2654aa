import type { Lang } from './catalog';

/**
 * The reader's language from an Accept-Language header: English when the most preferred
 * acceptable language is English (en, en-GB …), otherwise Swedish, the service's default.
 */
export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'sv';
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    // Highest weight first; equal weights keep the order the client sent them in.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const first = ranges[0]?.tag;
  return first === 'en' || first?.startsWith('en-') ? 'en' : 'sv';
}
