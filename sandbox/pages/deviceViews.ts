import { DEMO_APP_NAME, DEMO_MEMBERS } from '../demoData';
import type { DeviceTexts } from './deviceTexts';
import { escapeHtml } from './escapeHtml';
import type { PageLanguage } from './pageLanguage';

/** HTML of the `/device` pages. Every value that comes from the request goes through `escapeHtml`. */

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f5f7; color: #1c1e21; }
  main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  .notice { font-size: 0.9rem; background: #fff7d6; border: 1px solid #e8d27a; border-radius: 8px; padding: 0.5rem 0.75rem; }
  .error { background: #fdecea; border: 1px solid #f5a097; border-radius: 8px; padding: 0.75rem; }
  label, legend { display: block; font-weight: 600; margin: 1rem 0 0.4rem; }
  input[type=text] { width: 100%; font-size: 2rem; letter-spacing: 0.2em; text-align: center; padding: 0.5rem; border: 2px solid #8a8f98; border-radius: 8px; }
  .hint { font-size: 0.9rem; color: #555b63; margin: 0.3rem 0 0; }
  fieldset { border: 0; padding: 0; margin: 0; }
  .choice { display: flex; align-items: center; font-weight: 400; padding: 0.6rem; border: 1px solid #c9ccd1; border-radius: 8px; background: #fff; margin: 0.4rem 0; }
  .choice input { margin-right: 0.6rem; width: 1.3rem; height: 1.3rem; }
  button { display: block; width: 100%; font-size: 1.1rem; padding: 0.9rem; margin-top: 1rem; border: 0; border-radius: 8px; background: #0b63ce; color: #fff; }
  button.secondary { background: #e4e6eb; color: #1c1e21; }
  a { color: #0b63ce; }
`;

/** Wraps `body` in a complete page with the phone pages' style. `title` is escaped here. */
export function page(language: PageLanguage, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

function notice(texts: DeviceTexts): string {
  return `<p class="notice">${escapeHtml(texts.sandboxNotice)}</p>`;
}

export function codeFormPage(texts: DeviceTexts, language: PageLanguage, typed: string, error: string | null): string {
  const errorBlock = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';

  return page(
    language,
    texts.title,
    `<h1>${escapeHtml(texts.title)}</h1>
${notice(texts)}
${errorBlock}
<form method="post" action="/device">
  <input type="hidden" name="lang" value="${language}">
  <label for="code">${escapeHtml(texts.codeLabel)}</label>
  <input type="text" id="code" name="code" value="${escapeHtml(typed)}" inputmode="numeric" autocomplete="one-time-code" placeholder="123-456" maxlength="20" required autofocus>
  <p class="hint">${escapeHtml(texts.codeHint)}</p>
  <button type="submit">${escapeHtml(texts.continueButton)}</button>
</form>`,
  );
}

export function confirmPage(texts: DeviceTexts, language: PageLanguage, userCode: string, error: string | null): string {
  const errorBlock = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  const choices = DEMO_MEMBERS.map(
    (member, index) => `<label class="choice"><input type="radio" name="login" value="${escapeHtml(member.login)}"${index === 0 ? ' checked' : ''}>
      <span><strong>${escapeHtml(member.login)}</strong>, ${escapeHtml(texts.memberDescription(member.login))}</span></label>`,
  ).join('\n');

  return page(
    language,
    texts.confirmTitle,
    `<h1>${escapeHtml(texts.confirmTitle)}</h1>
${notice(texts)}
${errorBlock}
<p>${escapeHtml(texts.confirmRequest(DEMO_APP_NAME))}</p>
<p>${escapeHtml(texts.codeLine)} <strong data-testid="user-code">${escapeHtml(userCode)}</strong></p>
<form method="post" action="/device/confirm">
  <input type="hidden" name="lang" value="${language}">
  <input type="hidden" name="code" value="${escapeHtml(userCode)}">
  <fieldset>
    <legend>${escapeHtml(texts.memberLegend)}</legend>
    ${choices}
  </fieldset>
  <button type="submit" name="decision" value="approve">${escapeHtml(texts.approveButton)}</button>
  <button type="submit" name="decision" value="deny" class="secondary">${escapeHtml(texts.denyButton)}</button>
</form>`,
  );
}

export function resultPage(texts: DeviceTexts, language: PageLanguage, approvedLogin: string | null): string {
  const title = approvedLogin ? texts.approvedTitle : texts.deniedTitle;
  const body = approvedLogin ? texts.approvedBody(approvedLogin) : texts.deniedBody;

  return page(
    language,
    title,
    `<h1>${escapeHtml(title)}</h1>
${notice(texts)}
<p role="status">${escapeHtml(body)}</p>
<p><a href="/device?lang=${language}">${escapeHtml(texts.anotherCode)}</a></p>`,
  );
}
