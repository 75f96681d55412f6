import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messaging/protocol';
import { readingIsThePage, screenshotName } from '../../scripts/lib/audit/visit';

const state = (url: string | null): TabState => ({ url, site: null, detections: [], paused: false, pausedUntil: null, enabled: true });

describe('reading a tab only for its own page', () => {
  const page = 'https://shop.example/p?id=1';
  it('accepts a reading when the tab is at the page’s address and its reports come from that site', () => {
    expect(readingIsThePage({ tabUrl: page, state: state(page) }, page)).toBe(true);
    expect(readingIsThePage({ tabUrl: page, state: state(null) }, page)).toBe(true);
    // The page changed its address with history.pushState: same document, same site.
    expect(readingIsThePage({ tabUrl: page, state: state('https://shop.example/') }, page)).toBe(true);
  });
  it('refuses a reading from a tab somewhere else, or whose reports came from another site', () => {
    expect(readingIsThePage({ tabUrl: 'https://other.example/', state: state('https://other.example/') }, page)).toBe(false);
    expect(readingIsThePage({ tabUrl: page, state: state('https://other.example/') }, page)).toBe(false);
    expect(readingIsThePage({ tabUrl: null, state: state(null) }, page)).toBe(false);
  });
  it('names screenshots by list position and host', () => {
    expect(screenshotName(6, 'https://www.Example.com/x')).toBe('screenshots/0007-www.example.com.png');
    expect(screenshotName(0, 'not a url')).toBe('screenshots/0001-page.png');
  });
});
