/**
 * Sets the browser tab's icon once the page is idle, on index.html's empty icon link (which keeps
 * the browser from requesting /favicon.ico meanwhile). A TV shows no tab, and Chromium draws an SVG
 * icon on the page's main thread. In a trace of a cold start at 4× CPU throttling, that took about
 * 20 ms right before the frame that showed the pairing code.
 */
export function addIconWhenIdle(href: string): void {
  const add = () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]') ?? document.createElement('link');
    link.rel = 'icon';
    link.type = 'image/svg+xml';
    link.setAttribute('href', href);
    document.head.appendChild(link);
  };

  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(add, { timeout: 3_000 });
    return;
  }

  window.setTimeout(add, 1_000);
}
