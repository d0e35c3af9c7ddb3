/** Serves the built renderer on app://coordina/ with the same CSP as the browser host. */
import { CONTENT_SECURITY_POLICY, readStaticFile } from '../host/staticFiles';
import { APP_HOST, APP_SCHEME } from './security';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function appProtocolHandler(rendererDir: string) {
  return (request: { url: string }): Response => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
