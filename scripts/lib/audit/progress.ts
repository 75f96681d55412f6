/** The progress line on stderr: pages done, the rate, and about how long is left. */

export interface Progress {
  /** pages finished, including those an earlier run finished (--resume) */
  done: number;
  total: number;
  /** pages finished by this run, and when it started (ms) */
  doneThisRun: number;
  startedAt: number;
  now: number;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function progressLine(p: Progress): string {
  const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 100;
  const head = `${p.done}/${p.total} (${percent}%)`;
  const elapsed = p.now - p.startedAt;
  if (p.doneThisRun < 2 || elapsed <= 0) return `${head} · working out the rate`;
  const perMinute = (p.doneThisRun / elapsed) * 60_000;
  const left = p.total - p.done;
  const rate = perMinute >= 10 ? Math.round(perMinute).toString() : perMinute.toFixed(1);
  return `${head} · ${rate} pages/min · ${left === 0 ? 'done' : `about ${formatDuration((left / perMinute) * 60_000)} left`}`;
}
