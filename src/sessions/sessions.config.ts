import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';

/** Injection token for {@link SessionsConfig}. */
export const SESSIONS_CONFIG = Symbol('SESSIONS_CONFIG');

export type SessionsConfig = Pick<AppConfig, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'production' | 'oidcEnabled'>;

export function sessionsConfig(config: ConfigService<AppConfig, true>): SessionsConfig {
  return {
    sessionIdleMinutes: config.get('sessionIdleMinutes', { infer: true }),
    sessionAbsoluteHours: config.get('sessionAbsoluteHours', { infer: true }),
    production: config.get('production', { infer: true }),
    oidcEnabled: config.get('oidcEnabled', { infer: true }),
  };
}
