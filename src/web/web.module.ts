import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { existsSync } from 'fs';
import { join } from 'path';
import { faviconMiddleware } from './favicon';
import { webAssetsMiddleware } from './web-assets';

/** Where the static web interface lives: `web/` at the project root, from `src/` or from `dist/src/`. */
export function webRoot(): string {
  const candidates = [join(__dirname, '..', '..', 'web'), join(__dirname, '..', '..', '..', 'web')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new Error(`The web interface is missing: no index.html in ${candidates.join(' or ')}`);
  return found;
}

/**
 * Serves the web interface (static HTML, CSS and JavaScript modules) under `/`, beside the API
 * under `/api`. The browser calls the API with the signed-in bearer token; no rule lives here.
 */
@Module({})
export class WebModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // Registered after the API routes and before Nest's not-found handler, so /api is never shadowed.
    const root = webRoot();
    this.adapterHost.httpAdapter.use(faviconMiddleware(root));
    this.adapterHost.httpAdapter.use(webAssetsMiddleware(root));
  }
}
