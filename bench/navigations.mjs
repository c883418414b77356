// Figure 5: in-app navigations between Garmin activities on the single-page-app shell (history.pushState, which the
// shell answers by re-rendering its header). Heap after GC, DOM counters, mounted cards and live observers before
// and after, with HardDay and, as a control, the same navigations in the browser without it.
import { sleep, summarize } from './stats.mjs';

const SETTLE_MS = 1_000;
const NAVIGATION_TIMEOUT_MS = 10_000;
// Names counted in heap snapshots: observers and listeners the card could leave behind.
const COUNTED = ['MutationObserver', 'AbortSignal', 'PerformanceMark'];

/** Counts objects by name in a heap snapshot, and detached DOM nodes (the snapshot's `detachedness` = 2). */
async function snapshotCounts(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const nameAt = fields.indexOf('name');
  const typeAt = fields.indexOf('type');
  const detachedAt = fields.indexOf('detachedness');
  const typeNames = snapshot.meta.node_types[0];
  const counts = Object.fromEntries(COUNTED.map((name) => [name, 0]));
  const detached = {};
  let detachedNodes = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const name = strings[nodes[i + nameAt]];
    const type = typeNames[nodes[i + typeAt]];
    if (type === 'object' && name in counts) counts[name] += 1;
    if (detachedAt >= 0 && nodes[i + detachedAt] === 2 && type !== 'hidden') {
      detachedNodes += 1;
      detached[name] = (detached[name] ?? 0) + 1;
    }
  }
  const topDetached = Object.entries(detached)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return { objects: counts, detachedNodes, topDetached: Object.fromEntries(topDetached) };
}

/** Heap after two full GCs, DOM counters, mounted cards and snapshot counts of one page. */
async function memoryState(page, cdp) {
  await sleep(SETTLE_MS); // pending timers and requests of the last navigation run out
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const cards = await page.evaluate(() => document.querySelectorAll('hardday-card').length);
  const snapshot = await snapshotCounts(cdp);
  return {
    jsHeapUsedBytes: heap.usedSize,
    embedderHeapUsedBytes: heap.embedderHeapUsedSize ?? null,
    documents: dom.documents,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    cards,
    snapshot,
  };
}

/** Runs in the page: one in-app navigation; with `waitForCard`, resolves once the new card has painted. */
async function navigateInApp(activityId, waitForCard, timeoutMs) {
  performance.clearMarks();
  const started = performance.now();
  history.pushState({}, '', `/app/activity/${activityId}`);
  const painted = await new Promise((resolve, reject) => {
    if (!waitForCard) return requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)));
    const find = () => performance.getEntriesByName('hardday:card-painted')[0];
    const observer = new PerformanceObserver(() => find() && done(find()));
    const timer = setTimeout(() => done(null, new Error(`no card for ${activityId}`)), timeoutMs);
    function done(mark, error) {
      observer.disconnect();
      clearTimeout(timer);
      return error ? reject(error) : resolve(mark);
    }
    observer.observe({ type: 'mark' });
    if (find()) done(find());
  });
  const runRead = performance.getEntriesByName('hardday:run-read')[0];
  return {
    toCardMs: painted ? painted.startTime - started : null,
    cardAfterDataMs: painted && runRead ? painted.startTime - runRead.startTime : null,
    cards: document.querySelectorAll('hardday-card').length,
  };
}

async function runNavigations(side, { startUrl, activityIds, count, withCard }) {
  const page = await side.newPage();
  try {
    await page.bringToFront();
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await page.goto(startUrl, { waitUntil: 'load' });
    if (withCard) {
      await page.waitForFunction(() => performance.getEntriesByName('hardday:card-painted').length > 0, {
        polling: 50,
        timeout: NAVIGATION_TIMEOUT_MS,
      });
    }
    const before = await memoryState(page, cdp);
    const steps = [];
    for (let i = 0; i < count; i += 1) {
      const id = activityIds[i % activityIds.length];
      steps.push(await page.evaluate(navigateInApp, id, withCard, NAVIGATION_TIMEOUT_MS));
    }
    const after = await memoryState(page, cdp);
    const growth = {
      jsHeapBytes: after.jsHeapUsedBytes - before.jsHeapUsedBytes,
      embedderHeapBytes:
        after.embedderHeapUsedBytes === null
          ? null
          : after.embedderHeapUsedBytes - before.embedderHeapUsedBytes,
      nodes: after.nodes - before.nodes,
      jsEventListeners: after.jsEventListeners - before.jsEventListeners,
      mutationObservers: after.snapshot.objects.MutationObserver - before.snapshot.objects.MutationObserver,
      abortSignals: after.snapshot.objects.AbortSignal - before.snapshot.objects.AbortSignal,
      detachedNodes: after.snapshot.detachedNodes - before.snapshot.detachedNodes,
    };
    return {
      navigations: count,
      before,
      after,
      growth,
      maxCardsSeen: Math.max(...steps.map((step) => step.cards)),
      toCardMs: withCard ? summarize(steps.map((step) => step.toCardMs)) : null,
      cardAfterDataMs: withCard ? summarize(steps.map((step) => step.cardAfterDataMs)) : null,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function measureNavigations({
  withHardDay,
  without,
  startUrl,
  activityIds,
  count,
  log = () => {},
}) {
  const withResult = await runNavigations(withHardDay, { startUrl, activityIds, count, withCard: true });
  log(`  with HardDay: heap ${withResult.growth.jsHeapBytes} B, cards ${withResult.after.cards}`);
  const withoutResult = await runNavigations(without, { startUrl, activityIds, count, withCard: false });
  log(`  without HardDay: heap ${withoutResult.growth.jsHeapBytes} B`);
  return { startUrl, activityIds, with: withResult, without: withoutResult };
}
