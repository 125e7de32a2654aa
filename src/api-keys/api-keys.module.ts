import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyService } from './api-key.service';
import { API_KEYS_CONFIG, apiKeysConfig } from './api-keys.config';
import { MyApiKeysController, UserApiKeysController } from './api-keys.controller';
import { ApiKey } from './entities/api-key.entity';

/** Personal API keys for the systems that report for a user, and their resolution for the auth guard. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey])],
  controllers: [MyApiKeysController, UserApiKeysController],
  providers: [ApiKeyService, { provide: API_KEYS_CONFIG, useFactory: apiKeysConfig, inject: [ConfigService] }],
  exports: [ApiKeyService],
})
export class ApiKeysModule {}
