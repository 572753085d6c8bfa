import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

/** The steps named in BENCH_PROFILE (comma-separated) are recorded with the CPU profiler. */
const wanted = new Set(process.env.BENCH_PROFILE?.split(',').filter(Boolean) ?? []);
/** The steps named in BENCH_TRACE get a Performance trace: style, layout, paint, script. */
const traced = new Set(process.env.BENCH_TRACE?.split(',').filter(Boolean) ?? []);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Runs `step`, recording Chromium's own CPU profile when BENCH_PROFILE names it: the profile
 * goes to .bench/profiles/<name>.cpuprofile (open it in DevTools) and the functions with the
 * most self and total time are printed, so a figure's time is attributed, not guessed.
 */
export async function profiled<T>(
  context: BrowserContext,
  page: Page,
  name: string,
  step: () => Promise<T>,
): Promise<T> {
  if (traced.has(name)) return withTrace(context, page, name, step);
  if (!wanted.has(name)) return step();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await step();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const file = path.resolve('.bench/profiles', `${name}.cpuprofile`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    process.stderr.write(`  profile ${name}: ${file}\n${summarise(profile)}\n`);
    await cdp.detach();
  }
}

function summarise(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]!));
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + micros);
    // Each frame on the stack once, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      totalBy.set(key, (totalBy.get(key) ?? 0) + micros);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `    ${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `  self time:\n${list(selfBy)}\n  total time:\n${list(totalBy)}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/**
 * Records the browser's own Performance trace of `step` and prints where the renderer's main
 * thread spent it: script, style, layout, paint, canvas — what a CPU profile shows as "(program)".
 */
async function withTrace<T>(
  context: BrowserContext,
  page: Page,
  name: string,
  step: () => Promise<T>,
): Promise<T> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu',
    transferMode: 'ReportEvents',
  });
  try {
    return await step();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    const file = path.resolve('.bench/profiles', `${name}.trace.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    process.stderr.write(`  trace ${name}: ${file}\n${summariseTrace(events)}\n`);
    await cdp.detach();
  }
}

function summariseTrace(events: TraceEvent[], top = 20): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `    ${(v / 1000).toFixed(1).padStart(8)} ms  ${k} (inclusive)`)
    .join('\n');
}
