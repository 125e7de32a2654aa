import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { answerMalformedRequestsWithJson } from './common/http/client-errors';
import { refuseDeepJson } from './common/json-depth';
import { requestLogging } from './common/logging/request-logging.middleware';
import { PersonalDataScreen } from './common/personal-data/personal-data-screen.guard';
import { RejectIllFormedTextPipe } from './common/reject-ill-formed-text.pipe';
import { AppConfig } from './config/app-config';
import { ApiErrorFilter } from './common/errors/api-error.filter';
import { validationExceptionFactory } from './common/errors/validation-errors';

/** Everything about the HTTP surface that the service and the tests must share. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.use(requestLogging);
  answerMalformedRequestsWithJson(app.getHttpServer());
  app.use(contentSecurityPolicy());
  // Behind a TLS-terminating proxy, X-Forwarded-Proto makes req.secure true, so session cookies are Secure.
  app.set('trust proxy', config.trustProxy);
  app.use(cookieParser());
  app.useBodyParser('json', { limit: config.bodyLimit, verify: refuseDeepJson });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new RejectIllFormedTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
      // The target lets a failed check's arguments (Max(10)) travel as parameters of its code.
      validationError: { target: true, value: false },
    }),
  );
  // Guards run before every pipe: no personal identity number reaches validation, an error or a log.
  // useGlobalGuards appends to the modules' APP_GUARDs (authentication, rate limit), so it runs after them.
  app.useGlobalGuards(new PersonalDataScreen());
  app.useGlobalFilters(new ApiErrorFilter());

  // Built at the first request for the documentation, not at start: ~5 MB resident otherwise held
  // by every instance for a page few open.
  const document = () => SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Social clauses')
      .setDescription(
        'Drafting social clauses (employment requirements) for City of Stockholm tenders and following up their fulfilment for the integration pact.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('sid')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/**
 * The web interface and the API allow only their own scripts and stylesheets. The Swagger UI page
 * (/api/docs) needs inline scripts and styles, so it alone keeps a looser policy.
 */
function contentSecurityPolicy(): RequestHandler {
  const strict = helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'"] } } });
  const swaggerUi = helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } } });
  return (req, res, next) => (req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? swaggerUi : strict)(req, res, next);
}
