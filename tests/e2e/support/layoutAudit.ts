import type { Page } from 'playwright-core';

export interface LayoutProblem {
  kind: 'outsideSafeArea' | 'textTooSmall';
  element: string;
  detail: string;
}

/**
 * Checks what the screen shows against the 10-foot rules: every visible text and focusable
 * element inside the 5% safe area, and no text under 24 px at 1080p (sizes are scaled from the
 * current viewport to 1080 lines). "Visible" is the part of an element not clipped by an ancestor
 * with hidden overflow nor by the viewport; fully clipped elements (windowed rows) are skipped.
 */
export function auditLayout(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: Array<{ kind: 'outsideSafeArea' | 'textTooSmall'; element: string; detail: string }> = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    const toTenEighty = 1080 / height;
    const safe = { left: width * 0.05, right: width * 0.95, top: height * 0.05, bottom: height * 0.95 };
    const tolerance = 1;

    function describe(element: Element): string {
      const testId = element.getAttribute('data-testid');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${testId ? `[data-testid=${testId}]` : ''}${element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : ''} "${text}"`;
    }

    /**
     * The element's box without the scale transforms on it and its ancestors (the focused card
     * grows by about 5% around its centre, carrying its texts with it).
     */
    function layoutRect(element: Element): DOMRect {
      const rect = element.getBoundingClientRect();
      let left = rect.left;
      let top = rect.top;
      let right = rect.right;
      let bottom = rect.bottom;

      for (let node: Element | null = element; node; node = node.parentElement) {
        const transform = getComputedStyle(node).transform;
        const scale = transform && transform !== 'none' ? new DOMMatrix(transform).a : 1;
        if (scale === 1 || scale === 0 || node.id === 'stage') {
          continue;
        }

        const box = node.getBoundingClientRect();
        const centreX = box.left + box.width / 2;
        const centreY = box.top + box.height / 2;
        left = centreX + (left - centreX) / scale;
        right = centreX + (right - centreX) / scale;
        top = centreY + (top - centreY) / scale;
        bottom = centreY + (bottom - centreY) / scale;
      }

      return new DOMRect(left, top, right - left, bottom - top);
    }

    function visibleRect(element: Element): DOMRect | null {
      const rect = layoutRect(element);
      let left = Math.max(rect.left, 0);
      let top = Math.max(rect.top, 0);
      let right = Math.min(rect.right, width);
      let bottom = Math.min(rect.bottom, height);

      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
          return null;
        }
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const clip = parent.getBoundingClientRect();
          left = Math.max(left, clip.left);
          top = Math.max(top, clip.top);
          right = Math.min(right, clip.right);
          bottom = Math.min(bottom, clip.bottom);
        }
      }

      if (right - left < 1 || bottom - top < 1) {
        return null;
      }

      return new DOMRect(left, top, right - left, bottom - top);
    }

    function checkInside(element: Element, rect: DOMRect): void {
      const outside =
        rect.left < safe.left - tolerance ||
        rect.right > safe.right + tolerance ||
        rect.top < safe.top - tolerance ||
        rect.bottom > safe.bottom + tolerance;

      if (outside) {
        problems.push({
          kind: 'outsideSafeArea',
          element: describe(element),
          detail: `visible box ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)} in a ${width}×${height} screen`,
        });
      }
    }

    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') {
        continue;
      }

      const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const focusable = element.matches('button, a[href], input, select, textarea, [tabindex], [data-focusable="true"]');
      if (!ownText && !focusable) {
        continue;
      }

      // Screen-reader-only texts are clipped to one pixel on purpose; a screen-sized container
      // (a focus boundary with tabindex) is not an item.
      const rect = visibleRect(element);
      if (!rect || (rect.width <= 1 && rect.height <= 1)) {
        continue;
      }
      if (!ownText && rect.width * rect.height > 0.9 * width * height) {
        continue;
      }

      checkInside(element, rect);

      if (ownText) {
        const stageScale = element.getBoundingClientRect().height / (element as HTMLElement).offsetHeight || 1;
        const size = parseFloat(style.fontSize) * stageScale * toTenEighty;
        if (size < 24 - 0.5) {
          problems.push({ kind: 'textTooSmall', element: describe(element), detail: `${size.toFixed(1)} px at 1080p` });
        }
      }
    }

    return problems;
  });
}
