import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'crypto';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AuthGuard } from './auth.guard';
import { TokenService } from './token.service';

@Global()
@Module({})
export class AuthModule {
  static forRoot(secret: string, tokenTtl: string): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          // A KeyObject, so that verifying a token does not parse the secret again each time.
          secret: createSecretKey(Buffer.from(secret)) as unknown as string,
          signOptions: { expiresIn: tokenTtl as never, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        SessionsModule,
        ApiKeysModule,
      ],
      providers: [TokenService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TokenService],
    };
  }
}
