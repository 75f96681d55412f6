/**
 * The custom metric's bundle entry (built by scripts/export-httparchive.ts into
 * dist/httparchive/candor.js): the engine, the disclosure matcher and the rules, with nothing
 * fetched at run time. `candor:metric-data` is written by the export from src/rules.
 */
import data from 'candor:metric-data';
import { indexFromJson } from '../detection/compile';
import { candorMetric, type MetricData } from './metric';

const metricData: MetricData = { ...data, index: indexFromJson(data.index) };

/** Runs in the page's top frame; `requests` is WebPageTest's $WPT_REQUESTS when there is one. */
export function run(requests?: unknown): string {
  return candorMetric(window, metricData, requests);
}
