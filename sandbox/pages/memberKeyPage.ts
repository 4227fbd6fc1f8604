import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MemberKeyFailure } from '../auth/memberKeys';
import { findDemoMember } from '../demoData';
import { sendHtml } from '../http/replies';
import { readBody } from '../http/requestParams';
import type { SandboxState } from '../sandboxState';
import { pageLanguage } from './pageLanguage';
import { signInPageTexts, type SignInPageTexts } from './signInPageTexts';
import { consentPage, errorPage, redirectWith } from './signInViews';

/**
 * The page of the "key then redirect" flow. `GET /oauth?key=…` (a key from `members/oauth`)
 * shows a form to pick a demo member and allow or refuse access. `POST /oauth` sends the
 * browser to the key's callback with `?token=` (or `?error=access_denied` after a refusal).
 * Each key works once.
 */

function failureText(texts: SignInPageTexts, reason: MemberKeyFailure): string {
  switch (reason) {
    case 'missing':
      return texts.missingKey;
    case 'unknown':
      return texts.unknownKey;
    case 'expired':
      return texts.expiredKey;
    case 'used':
      return texts.usedKey;
  }
}

export async function handleMemberKeyPage(
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

  const found = state.memberKeys.findUsable(fields.get('key'));
  if (!found.ok) {
    sendHtml(res, 400, errorPage(texts, language, failureText(texts, found.reason)));
    return;
  }

  const record = found.record;
  const consent = (error: string | null) =>
    consentPage(texts, language, { action: '/oauth', hiddenFields: { key: record.key }, error });

  if (method !== 'POST') {
    sendHtml(res, 200, consent(null));
    return;
  }

  if (fields.get('decision') !== 'approve') {
    state.memberKeys.markUsed(record);
    log(`member key #${record.serial}: refused by the member, redirecting with error=access_denied`);
    redirectWith(res, record.callbackUrl, { error: 'access_denied' });
    return;
  }

  const member = findDemoMember(fields.get('login') ?? '');
  if (!member) {
    sendHtml(res, 400, consent(texts.unknownMember));
    return;
  }

  state.memberKeys.markUsed(record);
  const token = state.tokens.issue(member.id);
  log(`member key #${record.serial}: token issued for member ${member.id}, redirecting to the callback`);
  redirectWith(res, record.callbackUrl, { token });
}
