// Main-thread scripting of one page load from a Chromium trace. CDP's ScriptDuration leaves out microtask
// checkpoints run from IPC replies (where a content script's `await sendMessage(...)` continues and the card
// renders), so the trace is the complete count: the union of the script events on the page's renderer main thread.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'extensions',
  'loading',
];

// What DevTools files under "Scripting", plus the isolated-world setup of a content script injection.
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'ScriptInjection::InjectJs',
  'MajorGC',
  'MinorGC',
]);

function unionMs(intervals, until = Infinity) {
  const sorted = intervals.map(([a, b]) => [a, Math.min(b, until)]).filter(([a, b]) => b > a);
  sorted.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [a, b] of sorted) {
    if (a > end) {
      if (end > start) total += end - start;
      [start, end] = [a, b];
    } else if (b > end) {
      end = b;
    }
  }
  if (end > start) total += end - start;
  return total / 1000;
}

/**
 * @param {Uint8Array | string} trace the JSON that `page.tracing.stop()` returns
 * @returns {{ scriptMs: number, scriptBeforeLoadMs: number, dclToLoadMs: number } | null}
 */
export function scriptingFromTrace(trace) {
  const { events, load } = readLoadTrace(trace);
  const dcl = events
    .filter((event) => event.name === 'MarkDOMContent' && event.args?.data?.isMainFrame !== false)
    .at(-1);
  if (!load) return null;
  const intervals = events
    .filter(
      (event) =>
        event.ph === 'X' && event.pid === load.pid && event.tid === load.tid && SCRIPT_EVENTS.has(event.name),
    )
    .map((event) => [event.ts, event.ts + (event.dur ?? 0)]);
  return {
    scriptMs: unionMs(intervals),
    scriptBeforeLoadMs: unionMs(intervals, load.ts),
    dclToLoadMs: dcl && dcl.pid === load.pid ? (load.ts - dcl.ts) / 1000 : NaN,
  };
}

/** The renderer's top-level tasks (what the main thread's CPU time is spent in). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

// Events that name the script they run: compiling or evaluating it, or calling one of its functions.
const ATTRIBUTED_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall']);
const isExtensionUrl = (url) => typeof url === 'string' && /^(chrome-extension|moz-extension):\/\//.test(url);

/**
 * A page load's trace, parsed once for the measures below: its events and the main frame's load mark (undefined
 * when the trace has none).
 * @param {Uint8Array | string} trace the JSON that `page.tracing.stop()` returns
 */
export function readLoadTrace(trace) {
  const parsed = JSON.parse(typeof trace === 'string' ? trace : Buffer.from(trace).toString('utf8'));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const load = events
    .filter((event) => event.name === 'MarkLoad' && event.args?.data?.isMainFrame !== false)
    .at(-1);
  return { events, load };
}

/** Complete events on the load's renderer main thread begun before the load event that `keep` accepts. */
const beforeLoad = ({ events, load }, keep) =>
  events.filter(
    (event) =>
      event.ph === 'X' &&
      event.pid === load.pid &&
      event.tid === load.tid &&
      event.ts <= load.ts &&
      keep(event),
  );

/** Thread time of events, nested ones (an event inside another) counted once, in ms. */
function outermostThreadMs(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let total = 0;
  for (const event of sorted) {
    if (event.ts < end) continue;
    total += Number.isFinite(event.tdur) ? event.tdur : (event.dur ?? 0);
    end = event.ts + (event.dur ?? 0);
  }
  return total / 1000;
}

/**
 * CPU time of the page's renderer main thread from the start of the trace until the load event (thread time of the
 * top-level tasks begun before it, `tdur`): what the page load cost the main thread, which time spent waiting for a
 * core on a busy machine does not inflate, unlike the load event's wall time.
 * @param {{ events: object[], load?: object }} loadTrace from `readLoadTrace`
 * @returns {number | null} milliseconds
 */
export function mainThreadCpuBeforeLoadMs(loadTrace) {
  if (!loadTrace.load) return null;
  const tasks = beforeLoad(loadTrace, (event) => TASK_EVENTS.has(event.name) && Number.isFinite(event.tdur));
  return tasks.length ? outermostThreadMs(tasks) : null;
}

const attributed = (event) =>
  (ATTRIBUTED_EVENTS.has(event.name) &&
    isExtensionUrl(event.args?.data?.url ?? event.args?.url ?? event.args?.fileName)) ||
  event.name === 'ScriptInjection::InjectJs';

/**
 * Main-thread thread-time the extension's own scripts took after the load event, until the trace ended: what HardDay
 * moved behind the load event (its detector, the feed watcher, the card) still costs the page's thread, only not its
 * load. Same events as `extensionCpuBeforeLoadMs`.
 * @param {{ events: object[], load?: object }} loadTrace from `readLoadTrace`
 * @returns {number | null} milliseconds
 */
export function extensionCpuAfterLoadMs({ events, load }) {
  if (!load) return null;
  return outermostThreadMs(
    events.filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === load.pid &&
        event.tid === load.tid &&
        event.ts > load.ts &&
        attributed(event),
    ),
  );
}

/**
 * Main-thread thread-time the extension's own scripts took before the load event: events that name a script of the
 * extension (compiling, evaluating, or calling into it), plus the isolated world's set-up of every content script
 * injection; nested events counted once. Unlike the page's whole CPU, which swings by tens of milliseconds from load
 * to load on a shared machine, this is the part an extension adds, measured in the same load.
 * @param {{ events: object[], load?: object }} loadTrace from `readLoadTrace`
 * @returns {number | null} milliseconds
 */
export function extensionCpuBeforeLoadMs(loadTrace) {
  if (!loadTrace.load) return null;
  return outermostThreadMs(beforeLoad(loadTrace, attributed));
}
