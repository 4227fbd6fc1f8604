/**
 * Plays the member's phone against oidc-provider's own device pages with real HTTP requests:
 * GET /device, POST the user code, confirm or abort, then sign in and consent through the
 * development interactions. A small cookie jar carries the session between pages.
 */

/** Cookies by name. Paths are ignored, because every cookie oidc-provider sets here has its own name. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();

      const expired = attributes.some((attribute) => {
        const [key = '', date = ''] = attribute.split('=');
        const lowerKey = key.trim().toLowerCase();
        return (lowerKey === 'max-age' && Number(date) <= 0) || (lowerKey === 'expires' && Date.parse(date) < Date.now());
      });

      if (expired || value === '') {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

class DeviceBrowser {
  private readonly jar = new CookieJar();

  constructor(private readonly issuer: string) {}

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const absolute = new URL(url, this.issuer).href;
    const headers = new Headers(init.headers);
    headers.set('Cookie', this.jar.header());

    const response = await fetch(absolute, { ...init, headers, redirect: 'manual' });
    this.jar.store(response);

    return response;
  }

  /** Follows redirects by hand, so the jar stores every `Set-Cookie` on the way. */
  async followRedirects(response: Response): Promise<Response> {
    let current = response;

    for (let hops = 0; current.status >= 300 && current.status < 400; hops += 1) {
      const location = current.headers.get('location');
      if (location === null || hops > 10) {
        throw new Error(`Redirect from oidc-provider without a usable Location (HTTP ${current.status})`);
      }

      await current.body?.cancel();
      current = await this.get(location);
    }

    return current;
  }
}

function readHiddenInput(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) {
    throw new Error(`The device page has no "${name}" input: ${html.slice(0, 300)}`);
  }

  return match[1];
}

function readFormAction(html: string): string {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match?.[1]) {
    throw new Error(`The interaction page has no form: ${html.slice(0, 300)}`);
  }

  return match[1].replace(/&amp;/g, '&');
}

/** Opens /device, types `userCode` and returns the confirm page's form token. */
async function openConfirmPage(browser: DeviceBrowser, userCode: string): Promise<string> {
  const inputPage = await browser.get('/device');
  const inputXsrf = readHiddenInput(await inputPage.text(), 'xsrf');

  const confirmPage = await browser.post('/device', { xsrf: inputXsrf, user_code: userCode });
  const html = await confirmPage.text();
  if (confirmPage.status !== 200 || !html.includes('op.deviceConfirmForm')) {
    throw new Error(`oidc-provider did not accept user code ${userCode} (HTTP ${confirmPage.status}): ${html.slice(0, 300)}`);
  }

  return readHiddenInput(html, 'xsrf');
}

/**
 * Approves `userCode` as `accountId` by confirming, signing in and consenting on oidc-provider's
 * pages. Throws when a page is not the expected next step.
 */
export async function approveUserCode(issuer: string, userCode: string, accountId: string): Promise<void> {
  const browser = new DeviceBrowser(issuer);
  const xsrf = await openConfirmPage(browser, userCode);

  let page = await browser.followRedirects(await browser.post('/device', { xsrf, user_code: userCode, confirm: 'yes' }));

  for (let step = 0; step < 5; step += 1) {
    const html = await page.text();

    if (html.includes('device-flow-success')) {
      return;
    }

    if (html.includes('name="prompt" value="login"')) {
      page = await browser.followRedirects(await browser.post(readFormAction(html), { prompt: 'login', login: accountId, password: 'any' }));
      continue;
    }

    if (html.includes('name="prompt" value="consent"')) {
      page = await browser.followRedirects(await browser.post(readFormAction(html), { prompt: 'consent' }));
      continue;
    }

    throw new Error(`Unexpected page while approving ${userCode} (HTTP ${page.status}): ${html.slice(0, 300)}`);
  }

  throw new Error(`Approving ${userCode} did not reach the success page in 5 steps`);
}

/** Denies `userCode` with the confirm page's abort button, as a member who did not start it. */
export async function denyUserCode(issuer: string, userCode: string): Promise<void> {
  const browser = new DeviceBrowser(issuer);
  const xsrf = await openConfirmPage(browser, userCode);

  const page = await browser.followRedirects(await browser.post('/device', { xsrf, user_code: userCode, abort: 'yes' }));
  const html = await page.text();
  if (!html.includes('<p id="device-flow-error">AbortedError</p>')) {
    throw new Error(`Aborting ${userCode} did not show the aborted page (HTTP ${page.status}): ${html.slice(0, 300)}`);
  }
}
