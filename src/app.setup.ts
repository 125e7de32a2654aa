import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { requestLogging } from './common/logging/request-logging.middleware';
import { PersonalDataScreen } from './common/personal-data/personal-data-screen.interceptor';
import { RejectIllFormedTextPipe } from './common/reject-ill-formed-text.pipe';
import { AppConfig } from './config/app-config';
import { ApiErrorFilter } from './common/errors/api-error.filter';
import { validationExceptionFactory } from './common/errors/validation-errors';

/** Everything about the HTTP surface that the service and the tests must share. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.use(requestLogging);
  // The Swagger UI page needs inline scripts and styles; everything else gets helmet's defaults.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } }));
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new RejectIllFormedTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  // Interceptors run before every pipe: no personal identity number reaches validation, an error or a log.
  app.useGlobalInterceptors(new PersonalDataScreen());
  app.useGlobalFilters(new ApiErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Social clauses')
      .setDescription(
        'Drafting social clauses (employment requirements) for City of Stockholm tenders and following up their fulfilment for the integration pact.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
