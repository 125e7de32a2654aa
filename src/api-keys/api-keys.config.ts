import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';

/** Injection token for {@link ApiKeysConfig}. */
export const API_KEYS_CONFIG = Symbol('API_KEYS_CONFIG');

export type ApiKeysConfig = Pick<AppConfig, 'apiKeyMaxDays'>;

export function apiKeysConfig(config: ConfigService<AppConfig, true>): ApiKeysConfig {
  return { apiKeyMaxDays: config.get('apiKeyMaxDays', { infer: true }) };
}
