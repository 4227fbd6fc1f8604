import { hashSeed } from '../core/random';
import { escapeHtml } from '../pages/escapeHtml';

/** Images the sandbox draws itself: no third-party pictures, the same image for the same id. */

function hue(seed: string | number): number {
  return hashSeed('hue', seed) % 360;
}

/** Splits a title into lines of at most `width` characters, on spaces. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';

  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length > width && current) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }

  if (current) {
    lines.push(current);
  }

  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines.slice(maxLines - 1).join(' ').slice(0, width - 1)}…`] : lines;
}

function textLines(lines: string[], x: number, firstY: number, lineHeight: number, size: number): string {
  return lines
    .map((line, index) => `<text x="${x}" y="${firstY + index * lineHeight}" font-size="${size}" text-anchor="middle">${escapeHtml(line)}</text>`)
    .join('');
}

/** Draws a 2:3 poster (400×600) with the title, for shows and films. */
export function posterSvg(title: string, seed: number, caption: string): string {
  const base = hue(seed);
  const lines = wrap(title, 14, 4);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600" viewBox="0 0 400 600">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${base},55%,42%)"/><stop offset="1" stop-color="hsl(${(base + 40) % 360},60%,14%)"/></linearGradient></defs>
<rect width="400" height="600" fill="url(#g)"/>
<circle cx="320" cy="110" r="70" fill="hsl(${(base + 180) % 360},70%,70%)" opacity="0.35"/>
<g fill="#fff" font-family="Georgia, serif" font-weight="bold">${textLines(lines, 200, 330, 46, 38)}</g>
<text x="200" y="560" fill="#fff" opacity="0.7" font-family="sans-serif" font-size="20" text-anchor="middle">${escapeHtml(caption)}</text>
</svg>`;
}

/** Draws a 16:9 banner (1280×720) with the title, for `images.show` and `images.banner`. */
export function bannerSvg(title: string, seed: number): string {
  const base = hue(seed);
  const lines = wrap(title, 24, 2);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${base},50%,35%)"/><stop offset="1" stop-color="hsl(${(base + 60) % 360},55%,10%)"/></linearGradient></defs>
<rect width="1280" height="720" fill="url(#g)"/>
<g fill="#fff" font-family="Georgia, serif" font-weight="bold">${textLines(lines, 640, 360, 90, 80)}</g>
</svg>`;
}

/** Draws a round avatar with the login's initial. */
export function avatarSvg(login: string): string {
  const initial = (login.trim()[0] ?? '?').toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">
<circle cx="100" cy="100" r="100" fill="hsl(${hue(login)},55%,45%)"/>
<text x="100" y="128" fill="#fff" font-family="sans-serif" font-size="90" text-anchor="middle">${escapeHtml(initial)}</text>
</svg>`;
}

/** Draws a flat logo: the service name on its colour. */
export function platformLogoSvg(name: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
<rect width="240" height="80" rx="12" fill="${escapeHtml(color)}"/>
<text x="120" y="50" fill="#fff" font-family="sans-serif" font-size="26" font-weight="bold" text-anchor="middle">${escapeHtml(name)}</text>
</svg>`;
}
