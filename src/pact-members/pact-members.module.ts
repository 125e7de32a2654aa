import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { CheckInsController } from './check-ins.controller';
import { CheckInsService } from './check-ins.service';
import { CheckIn } from './entities/check-in.entity';
import { Invitation } from './entities/invitation.entity';
import { LetterOfIntent } from './entities/letter-of-intent.entity';
import { PactMember } from './entities/pact-member.entity';
import { SupplierLink } from './entities/supplier-link.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { PactMembersController } from './pact-members.controller';
import { PACT_MEMBERS_CONFIG, pactMembersConfig } from './pact-members.config';
import { PactMembersService } from './pact-members.service';
import { SupplierLinksController } from './supplier-links.controller';
import { SupplierLinksService } from './supplier-links.service';

/** The integration pact's member register (see SPEC "The pact member register"). */
@Module({
  imports: [TypeOrmModule.forFeature([PactMember, LetterOfIntent, CheckIn, SupplierLink, Invitation]), NotificationsModule],
  controllers: [CheckInsController, PactMembersController, LettersController, SupplierLinksController, InvitationsController],
  providers: [
    { provide: PACT_MEMBERS_CONFIG, useFactory: pactMembersConfig, inject: [ConfigService] },
    PactMembersService,
    LettersService,
    CheckInsService,
    SupplierLinksService,
    InvitationsService,
  ],
  exports: [PactMembersService, SupplierLinksService],
})
export class PactMembersModule {}
