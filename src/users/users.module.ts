import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccount } from './entities/user-account.entity';
import { SignInLink } from './entities/sign-in-link.entity';
import { MailModule } from '../mail/mail.module';
import { IdempotencyModule } from '../reporting/idempotency/idempotency.module';
import { MeController } from './me.controller';
import { USERS_CONFIG, usersConfig } from './users.config';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** The people who use the service: accounts, invitations, one-time sign-in links. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccount, SignInLink]), MailModule, IdempotencyModule],
  controllers: [MeController, UsersController],
  providers: [UsersService, UsersRepository, { provide: USERS_CONFIG, useFactory: usersConfig, inject: [ConfigService] }],
  exports: [UsersService],
})
export class UsersModule {}
