// Written by scripts/export-httparchive.ts when it bundles the custom metric.
declare module 'candor:metric-data' {
  const data: import('./metric').MetricData;
  export default data;
}
