import type { ServerResponse } from 'node:http';
import { DEMO_APP_NAME, DEMO_MEMBERS } from '../demoData';
import { CORS_HEADERS } from '../http/replies';
import { page } from './deviceViews';
import { escapeHtml } from './escapeHtml';
import type { PageLanguage } from './pageLanguage';
import type { SignInPageTexts } from './signInPageTexts';

/** HTML of the `/authorize` and `/oauth` pages. Every value that comes from the request goes through `escapeHtml`. */

export interface ConsentForm {
  /** `/authorize` or `/oauth`. */
  action: string;
  /** Fields the form posts back unchanged, such as `redirect_uri` or `key`. */
  hiddenFields: Record<string, string>;
  error: string | null;
}

export function consentPage(texts: SignInPageTexts, language: PageLanguage, form: ConsentForm): string {
  const errorBlock = form.error ? `<p class="error" role="alert">${escapeHtml(form.error)}</p>` : '';
  const hidden = Object.keys(form.hiddenFields)
    .map((name) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(form.hiddenFields[name] ?? '')}">`)
    .join('\n  ');
  const choices = DEMO_MEMBERS.map(
    (member, index) => `<label class="choice"><input type="radio" name="login" value="${escapeHtml(member.login)}"${index === 0 ? ' checked' : ''}>
      <span><strong>${escapeHtml(member.login)}</strong>, ${escapeHtml(texts.memberDescription(member.login))}</span></label>`,
  ).join('\n');

  return page(
    language,
    texts.title,
    `<h1>${escapeHtml(texts.title)}</h1>
<p class="notice">${escapeHtml(texts.sandboxNotice)}</p>
${errorBlock}
<p>${escapeHtml(texts.consentRequest(DEMO_APP_NAME))}</p>
<form method="post" action="${escapeHtml(form.action)}">
  <input type="hidden" name="lang" value="${language}">
  ${hidden}
  <fieldset>
    <legend>${escapeHtml(texts.memberLegend)}</legend>
    ${choices}
  </fieldset>
  <button type="submit" name="decision" value="approve">${escapeHtml(texts.approveButton)}</button>
  <button type="submit" name="decision" value="deny" class="secondary">${escapeHtml(texts.denyButton)}</button>
</form>`,
  );
}

export function errorPage(texts: SignInPageTexts, language: PageLanguage, message: string): string {
  return page(
    language,
    texts.errorTitle,
    `<h1>${escapeHtml(texts.errorTitle)}</h1>
<p class="notice">${escapeHtml(texts.sandboxNotice)}</p>
<p class="error" role="alert">${escapeHtml(message)}</p>`,
  );
}

/** Sends the browser back to the app with `params` added to `target`'s query (HTTP 302). */
export function redirectWith(res: ServerResponse, target: string, params: Record<string, string>): void {
  const url = new URL(target);
  for (const name of Object.keys(params)) {
    url.searchParams.set(name, params[name] ?? '');
  }

  res.writeHead(302, {
    ...CORS_HEADERS,
    Location: url.href,
    'Cache-Control': 'no-store',
    'Content-Length': '0',
  });
  res.end();
}
