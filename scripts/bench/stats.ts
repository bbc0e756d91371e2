// Medians and 95th percentiles, one table for the terminal and the same figures as JSON.
export interface Figure {
  /** What was measured, in the consultant's terms. */
  name: string;
  unit: 'ms' | 'kB' | 'MB' | 'count' | 'ratio';
  median: number;
  p95?: number;
  n?: number;
  /** The target it is held against, e.g. "≤ 5 kB"; absent when the figure is only reported. */
  target?: string;
  pass?: boolean;
  note?: string;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: a p95 of 20 samples is the 19th, never an interpolation between two.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]) => quantile(xs, 0.95);

export function sampled(name: string, unit: Figure['unit'], xs: readonly number[], extra: Partial<Figure> = {}): Figure {
  return { name, unit, median: median(xs), p95: p95(xs), n: xs.length, ...extra };
}

/** Marks a figure against "at most `limit`", judged on `on` (the median unless said). */
export function atMost(f: Figure, limit: number, on: 'median' | 'p95' = 'median', label?: string): Figure {
  const v = on === 'p95' ? (f.p95 ?? f.median) : f.median;
  return { ...f, target: label ?? `${on === 'p95' ? 'p95 ' : ''}≤ ${limit} ${f.unit}`, pass: v <= limit };
}

const num = (v: number | undefined, unit: Figure['unit']) =>
  v === undefined || Number.isNaN(v) ? '' : unit === 'count' ? String(Math.round(v)) : v.toFixed(unit === 'ms' && v >= 100 ? 0 : 2);

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, `${num(f.median, f.unit)} ${f.unit}`, f.p95 === undefined ? '' : `${num(f.p95, f.unit)} ${f.unit}`, f.n === undefined ? '' : String(f.n), f.target ?? '', f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL']);
  const head = ['Figure', 'Median', 'p95', 'n', 'Target', 'Result'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(width[i] as number)).join('  ').trimEnd();
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
