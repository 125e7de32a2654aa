import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { UserSession } from './entities/user-session.entity';
import { SessionService } from './session.service';
import { SESSIONS_CONFIG, sessionsConfig } from './sessions.config';
import { SessionsController } from './sessions.controller';

/** Browser sessions: signing in with a link, signing out, and resolving the `sid` cookie for the auth guard. */
@Module({
  imports: [TypeOrmModule.forFeature([UserSession]), UsersModule],
  controllers: [SessionsController],
  providers: [SessionService, { provide: SESSIONS_CONFIG, useFactory: sessionsConfig, inject: [ConfigService] }],
  exports: [SessionService],
})
export class SessionsModule {}
