import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';
import { ReportType } from './reporting.types';

/** How each kind of report is named in paths, tables and the audit trail. */
export const REPORT_KINDS = {
  [ReportType.Placement]: { path: 'placements', table: 'placement', entity: Placement },
  [ReportType.DialogueMeeting]: { path: 'dialogue-meetings', table: 'dialogue_meeting', entity: DialogueMeeting },
  [ReportType.InitiativeProgress]: { path: 'initiative-progress', table: 'initiative_progress', entity: InitiativeProgress },
} as const;

export const REPORT_PATHS = Object.values(REPORT_KINDS).map((k) => k.path);

export function reportTypeOfPath(path: string): ReportType | undefined {
  return (Object.keys(REPORT_KINDS) as ReportType[]).find((type) => REPORT_KINDS[type].path === path);
}
