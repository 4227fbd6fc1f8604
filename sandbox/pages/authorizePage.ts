import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_API_KEY, findDemoMember } from '../demoData';
import { sendHtml } from '../http/replies';
import { readBody } from '../http/requestParams';
import type { SandboxState } from '../sandboxState';
import { pageLanguage } from './pageLanguage';
import { signInPageTexts, type SignInPageTexts } from './signInPageTexts';
import { consentPage, errorPage, redirectWith } from './signInViews';

/**
 * The OAuth 2.0 authorization page a browser lands on. `GET /authorize?client_id=…&redirect_uri=…`
 * shows a form to pick a demo member and allow or refuse access. `POST /authorize` sends the
 * browser to `redirect_uri` with `?code=` (or `?error=access_denied` after a refusal). Like the
 * live API, it does not send `state` back, and the form does not even carry it. A bad
 * `client_id` or `redirect_uri` gets an error page and no redirect, as RFC 6749 section 4.1.2.1
 * requires, so the page never sends a browser to an address it cannot trust.
 */

type AuthorizationRequest = { ok: true; redirectUri: string } | { ok: false; message: string };

function isUsableRedirectUri(value: string): boolean {
  if (value.indexOf('#') !== -1) {
    return false;
  }

  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function readAuthorizationRequest(fields: URLSearchParams, texts: SignInPageTexts): AuthorizationRequest {
  if (fields.get('client_id')?.trim() !== DEMO_API_KEY) {
    return { ok: false, message: texts.invalidClientId };
  }

  const redirectUri = fields.get('redirect_uri')?.trim() ?? '';
  if (!isUsableRedirectUri(redirectUri)) {
    return { ok: false, message: texts.invalidRedirectUri };
  }

  // The live API's authorize address carries no `response_type`; RFC 6749 clients send `code`.
  const responseType = fields.get('response_type');
  if (responseType !== null && responseType !== 'code') {
    return { ok: false, message: texts.unsupportedResponseType };
  }

  return { ok: true, redirectUri };
}

export async function handleAuthorizePage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: SandboxState,
  log: (line: string) => void,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const fields = method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
  const language = pageLanguage(fields.get('lang'), req.headers['accept-language']);
  const texts = signInPageTexts(language);

  const request = readAuthorizationRequest(fields, texts);
  if (!request.ok) {
    sendHtml(res, 400, errorPage(texts, language, request.message));
    return;
  }

  const consent = (error: string | null) =>
    consentPage(texts, language, {
      action: '/authorize',
      hiddenFields: { client_id: DEMO_API_KEY, redirect_uri: request.redirectUri },
      error,
    });

  if (method !== 'POST') {
    sendHtml(res, 200, consent(null));
    return;
  }

  if (fields.get('decision') !== 'approve') {
    log('authorize: refused by the member, redirecting with error=access_denied');
    redirectWith(res, request.redirectUri, { error: 'access_denied' });
    return;
  }

  const member = findDemoMember(fields.get('login') ?? '');
  if (!member) {
    sendHtml(res, 400, consent(texts.unknownMember));
    return;
  }

  const record = state.authorizationCodes.issue(member.id, request.redirectUri);
  log(`authorization code #${record.serial}: issued for member ${member.id}`);
  redirectWith(res, request.redirectUri, { code: record.code });
}
