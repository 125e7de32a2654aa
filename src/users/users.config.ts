import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';

/** Injection token for {@link UsersConfig}. */
export const USERS_CONFIG = Symbol('USERS_CONFIG');

export type UsersConfig = Pick<AppConfig, 'publicUrl'>;

export function usersConfig(config: ConfigService<AppConfig, true>): UsersConfig {
  return { publicUrl: config.get('publicUrl', { infer: true }) };
}
