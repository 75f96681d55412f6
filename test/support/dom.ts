import { Window } from 'happy-dom';

/** A happy-dom document from an HTML string, scripts never run, nothing loaded. */
export function htmlDocument(html: string, url = 'https://shop.example/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
