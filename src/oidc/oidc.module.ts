import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { OIDC_SETTINGS } from './oidc-config';
import { OidcController } from './oidc.controller';
import { OIDC_REDIRECT_URI, OidcRelyingParty } from './oidc-relying-party';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { PUBLIC_URL, StaffSignInService } from './staff-sign-in.service';

type Config = ConfigService<AppConfig, true>;

/** City staff sign in with the city's identity provider (OpenID Connect), when one is configured. */
@Module({
  imports: [SessionsModule, UsersModule],
  controllers: [OidcController],
  providers: [
    StaffSignInService,
    OidcRelyingParty,
    SignInAttemptsRepository,
    { provide: OIDC_SETTINGS, useFactory: (config: Config) => config.get('oidc', { infer: true }) ?? null, inject: [ConfigService] },
    { provide: PUBLIC_URL, useFactory: (config: Config) => config.get('publicUrl', { infer: true }), inject: [ConfigService] },
    {
      provide: OIDC_REDIRECT_URI,
      useFactory: (config: Config) => `${config.get('publicUrl', { infer: true })}/api/auth/oidc/callback`,
      inject: [ConfigService],
    },
  ],
})
export class OidcModule {}
