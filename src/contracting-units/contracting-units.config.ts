import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { SupportContact } from './support-contact';

/** Injection token for {@link ContractingUnitsConfig}. */
export const CONTRACTING_UNITS_CONFIG = Symbol('CONTRACTING_UNITS_CONFIG');

export interface ContractingUnitsConfig {
  /** The contact of a procurement whose contracting unit is not registered. */
  defaultSupportContact: SupportContact;
  /** The unit whose letterhead the annual report carries (ANNUAL_REPORT_UNIT). */
  annualReportUnit: string;
}

export function contractingUnitsConfig(config: ConfigService<AppConfig, true>): ContractingUnitsConfig {
  return {
    defaultSupportContact: config.get('defaultSupportContact', { infer: true }),
    annualReportUnit: config.get('annualReportUnit', { infer: true }),
  };
}
