import { Coded, Lang } from '../common/i18n';
import { renderCoded, renderReasons, RenderedReasons } from '../common/coded-text';
import { LineProgressDto } from './dto/clause-follow-up.dto';
import { LineProgress } from './placements-progress';

/** A line as judged now or as stored (outcomes stored before reasons had codes hold plain English). */
export type JudgedLine = Omit<LineProgress, 'reason'> & { reason: Coded | string };

/**
 * A clause's reasons and lines as a response shows them: rendered for the reader, beside their
 * codes. Stored outcomes and fresh judgements both pass here, so every list reads alike.
 */
export function renderedStatus(
  judged: { reasons: readonly (Coded | string)[]; lines?: readonly JudgedLine[] | null }, lang: Lang,
): RenderedReasons & { lines?: LineProgressDto[] } {
  const lines = judged.lines?.map((line) => {
    const { reasons: [reason], reasonCodes: [reasonCode] } = renderReasons([line.reason], lang);
    return { ...line, reason, reasonCode };
  });
  return { ...renderReasons(judged.reasons, lang), ...(lines ? { lines } : {}) };
}

/** Why a placement counts toward no line, rendered, with its code; nulls when it counts. */
export function renderedNotCounted(notCounted: Coded | null, lang: Lang): { notCounted: string | null; notCountedCode: Coded | null } {
  return { notCounted: notCounted && renderCoded(notCounted, lang), notCountedCode: notCounted };
}
