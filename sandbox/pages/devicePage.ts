import type { IncomingMessage, ServerResponse } from 'node:http';
import { deviceCodeLabel, type LookupFailure } from '../auth/deviceCodes';
import { findDemoMember } from '../demoData';
import { sendHtml } from '../http/replies';
import { readBody } from '../http/requestParams';
import type { SandboxState } from '../sandboxState';
import { deviceTexts, type DeviceTexts } from './deviceTexts';
import { codeFormPage, confirmPage, resultPage } from './deviceViews';
import { pageLanguage } from './pageLanguage';

/**
 * The page a member opens on a phone to type the TV's code: `GET /device` shows the field,
 * `POST /device` checks the code and offers the demo accounts, `POST /device/confirm` records
 * the member's decision.
 */

function failureText(texts: DeviceTexts, reason: LookupFailure): string {
  switch (reason) {
    case 'invalid':
      return texts.invalidCode;
    case 'unknown':
      return texts.unknownCode;
    case 'expired':
      return texts.expiredCode;
    case 'decided':
      return texts.decidedCode;
  }
}

async function formFields(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export async function handleDevicePage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: SandboxState,
  log: (line: string) => void,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const fields = method === 'POST' ? await formFields(req) : new URLSearchParams();
  const language = pageLanguage(fields.get('lang') ?? url.searchParams.get('lang'), req.headers['accept-language']);
  const texts = deviceTexts(language);
  const typed = fields.get('code') ?? url.searchParams.get('code') ?? '';

  if (method !== 'POST') {
    sendHtml(res, 200, codeFormPage(texts, language, typed, null));
    return;
  }

  if (url.pathname === '/device') {
    const found = state.deviceCodes.findWaiting(typed);
    if (!found.ok) {
      sendHtml(res, 400, codeFormPage(texts, language, typed, failureText(texts, found.reason)));
      return;
    }

    sendHtml(res, 200, confirmPage(texts, language, found.record.userCode, null));
    return;
  }

  const approve = fields.get('decision') === 'approve';
  const member = findDemoMember(fields.get('login') ?? '');
  if (approve && !member) {
    const found = state.deviceCodes.findWaiting(typed);
    const page = found.ok ? confirmPage(texts, language, found.record.userCode, texts.unknownMember) : codeFormPage(texts, language, typed, texts.unknownCode);
    sendHtml(res, 400, page);
    return;
  }

  const decided = state.deviceCodes.decide(typed, approve && member ? member.id : null);
  if (!decided.ok) {
    sendHtml(res, 400, codeFormPage(texts, language, typed, failureText(texts, decided.reason)));
    return;
  }

  const login = approve && member ? member.login : null;
  log(`device ${deviceCodeLabel(decided.record)}: ${login ? `approved for ${login}` : 'refused'} on the phone page`);
  sendHtml(res, 200, resultPage(texts, language, login));
}
