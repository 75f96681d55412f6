/** Top frame, or a frame of the same origin as the top (srcdoc and about:blank included). */
export function sameOriginAsTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === window.location.origin || window.location.origin === 'null';
  } catch {
    return false;
  }
}
