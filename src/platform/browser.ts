/**
 * The one place that imports webextension-polyfill: everything in background and extension
 * pages talks to `browser` from here (promise-based on both Chrome and Firefox).
 *
 * The eager content script deliberately does not use it (see content/runtime.ts): it runs on
 * every page, and the polyfill would add ~10 KB to what every page loads.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage, Scripting } from 'webextension-polyfill';
