/**
 * What the browser draws, for reading a chat's own text: the extension's detector and the HTTP
 * Archive metric ask the same two questions, so both reach the same disclosure verdict.
 * (Pure code cannot answer them; a test environment leaves them to inline styles.)
 */

/**
 * Whether an element is drawn: a chat window rendered but closed (display:none) is not something
 * a visitor reads. Text clipped for screen readers still counts: it is read out.
 */
export function isDrawn(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean }).checkVisibility;
  try {
    if (check) return check.call(el, { checkVisibilityCSS: true, visibilityProperty: true });
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return !style || (style.display !== 'none' && style.visibility !== 'hidden');
  } catch {
    return true;
  }
}

/** Where an element is drawn: a widget floating over the page has no introduction on the page. */
export function cssPosition(el: Element): string {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el).position ?? '';
  } catch {
    return '';
  }
}
