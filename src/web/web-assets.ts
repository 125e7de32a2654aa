import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';

/**
 * Static files of the web interface. Only GET and HEAD outside /api; files are revalidated on each
 * load (ETag) so a new deployment is picked up without a build step that fingerprints names.
 */
export function webAssetsMiddleware(root: string): RequestHandler {
  const serve = express.static(root, {
    index: 'index.html',
    fallthrough: true,
    dotfiles: 'ignore',
    redirect: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    serve(req, res, next);
  };
}
