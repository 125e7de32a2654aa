import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailModule } from '../mail/mail.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { signInCodeKey } from './sign-in-code-rules';
import { SignInCodesController } from './sign-in-codes.controller';
import { SignInCodesRepository } from './sign-in-codes.repository';
import { SIGN_IN_CODE_KEY, SignInCodesService } from './sign-in-codes.service';
import { SignInLimits } from './sign-in-limits';

/** Supplier users sign in with a one-time code sent by e-mail (no passwords to leak). */
@Module({})
export class SignInCodesModule {
  static forRoot(signingSecret: string): DynamicModule {
    return {
      module: SignInCodesModule,
      imports: [MailModule, SessionsModule, UsersModule],
      controllers: [SignInCodesController],
      providers: [
        SignInCodesService,
        SignInCodesRepository,
        { provide: SIGN_IN_CODE_KEY, useValue: signInCodeKey(signingSecret) },
        {
          provide: SignInLimits,
          inject: [DataSource, ConfigService, SIGN_IN_CODE_KEY],
          useFactory: (dataSource: DataSource, config: ConfigService<AppConfig, true>, key: Buffer) =>
            new SignInLimits(dataSource, config.get('signInCodes', { infer: true }), key),
        },
      ],
    };
  }
}
