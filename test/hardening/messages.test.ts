// Messages reaching the background: every message is validated and checked against its sender. A web page (or a
// content script on another site) cannot make HardDay store anything but a run of its own site the viewer owns.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run, SiteId } from '../../utils/core/types';
import type { Repository } from '../../utils/store/repository';
import { RunSchema } from '../../utils/store/schemas';
import { hostileString, hostileValue } from './support/hostile';
import { runKey, validEntry, validRun, validSettings } from './support/store-arbitraries';
import { bump, report, SEED } from './support/tally';
import { registerBackgroundHandlers } from './support/handlers';

type Handler = (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../../utils/messaging/protocol', () => ({
  onMessage: (name: string, handler: Handler) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
}));

const counts = { messages: 0, byOutcome: {} as Record<string, number>, storedRunsChecked: 0 };
afterAll(() => report('messages', [], { messages: counts }));

let repository: Repository;
beforeAll(async () => {
  repository = await registerBackgroundHandlers('2026-03-02T10:00:00Z');
});
beforeEach(() => {
  fakeBrowser.reset();
});

type Who = SiteId | 'page' | 'foreign';
const asSender = ({ who, url, id }: { who: Who; url: string; id?: string }) => ({
  who,
  sender: {
    id: id ?? browser.runtime.id,
    url: url.startsWith('/') ? browser.runtime.getURL(url as '/popup.html') : url,
  },
});
const senders: fc.Arbitrary<{ who: Who; sender: chrome.runtime.MessageSender }> = fc
  .oneof(
    {
      weight: 3,
      arbitrary: fc.constant({ who: 'strava' as Who, url: 'https://www.strava.com/activities/16900000002' }),
    },
    {
      weight: 3,
      arbitrary: fc.constant({
        who: 'garmin' as Who,
        url: 'https://connect.garmin.com/app/activity/21500000001',
      }),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        { who: 'page' as Who, url: '/popup.html' },
        { who: 'page' as Who, url: '/options.html' },
      ),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        { who: 'foreign' as Who, url: 'https://www.strava.com.evil.example/activities/1' },
        { who: 'foreign' as Who, url: 'https://evil.example/?u=https://www.strava.com/' },
        { who: 'foreign' as Who, url: 'https://strava.com/activities/1' },
        { who: 'foreign' as Who, url: 'https://connect.garmin.com.evil.example/app/activity/1' },
        { who: 'foreign' as Who, url: 'chrome-extension://another-extension/popup.html' },
        { who: 'foreign' as Who, url: 'not a url' },
        { who: 'foreign' as Who, url: '' },
        // Another extension messaging us, claiming a site or our own page as its URL.
        { who: 'foreign' as Who, url: 'https://www.strava.com/activities/1', id: 'another-extension' },
        { who: 'foreign' as Who, url: '/popup.html', id: 'another-extension' },
      ),
    },
  )
  .map(asSender);

/** Who may send each message (the contract in handlers.ts). */
const ALLOWED: Record<string, Who[]> = {
  cardModel: ['strava', 'garmin'],
  stravaPage: ['strava'],
  reportRuns: ['strava', 'garmin'],
  toggleCard: ['strava', 'garmin'],
  setOverride: ['page', 'strava', 'garmin'],
  logStrength: ['page', 'strava', 'garmin'],
  openSession: ['page', 'strava', 'garmin'],
  undoStrength: ['page'],
  setStrengthRpe: ['page'],
  updateSettings: ['page'],
  updatePrefs: ['page'],
  addManualRun: ['page'],
  exportData: ['page'],
  previewImport: ['page'],
  applyImport: ['page'],
  undoImport: ['page'],
  dataStatus: ['page'],
  resetData: ['page'],
};

const maybeHostileRun = fc.oneof(
  { weight: 4, arbitrary: validRun() as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: hostileValue },
);
const payloads: Record<string, fc.Arbitrary<unknown>> = {
  cardModel: fc.record({ run: maybeHostileRun }),
  stravaPage: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        url: fc.oneof(fc.constant('https://www.strava.com/activities/16900000007'), hostileString),
        scripts: fc.oneof(fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), hostileValue),
        title: fc.oneof(
          fc.constantFrom('Mittagslauf | Lauf | Strava', 'Ride | Ride | Strava'),
          hostileString,
        ),
        headingName: fc.oneof(fc.string({ maxLength: 20 }), hostileValue),
        stats: fc.oneof(
          fc.array(fc.record({ label: fc.constantFrom('Distanz', 'Bewegungszeit'), value: fc.string() })),
          hostileValue,
        ),
        timeText: fc.oneof(fc.constant('Freitag, 16. Januar 2026 um 12:10'), hostileString),
        utcOffsetMin: fc.oneof(fc.integer(), hostileValue),
      }),
    },
    { weight: 1, arbitrary: hostileValue },
  ),
  reportRuns: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        runs: fc.array(
          fc.oneof(
            { weight: 12, arbitrary: validRun() as fc.Arbitrary<unknown> },
            { weight: 1, arbitrary: hostileValue },
          ),
          {
            maxLength: 5,
          },
        ),
        fromList: fc.oneof(fc.boolean(), hostileValue),
      }),
    },
    { weight: 1, arbitrary: hostileValue },
  ),
  toggleCard: fc.constant(undefined),
  setOverride: fc.record({
    runKey: fc.oneof(runKey, hostileString),
    effort: fc.constantFrom('hard', 'easy', null, 'max', 1),
  }),
  logStrength: fc.oneof(validEntry as fc.Arbitrary<unknown>, hostileValue),
  openSession: fc.record({
    sessionId: fc.oneof(fc.string({ maxLength: 20 }), hostileString),
    runKey: fc.option(runKey, { nil: undefined }),
  }),
  undoStrength: fc.oneof(fc.record({ runId: runKey }), hostileValue),
  setStrengthRpe: fc.oneof(
    fc.record({
      date: fc.string({ maxLength: 30 }),
      sessionId: fc.string({ maxLength: 20 }),
      rpe: fc.integer(),
    }),
    hostileValue,
  ),
  updateSettings: fc.oneof(validSettings as fc.Arbitrary<unknown>, hostileValue),
  updatePrefs: fc.oneof(fc.record({ units: fc.constantFrom('km', 'mi', 'yards') }), hostileValue),
  addManualRun: maybeHostileRun,
  exportData: fc.constant(undefined),
  previewImport: hostileValue,
  applyImport: fc.oneof(
    fc.record({
      file: hostileValue,
      mode: fc.constantFrom('merge', 'replace'),
      settings: fc.constantFrom('mine', 'file'),
    }),
    hostileValue,
  ),
  undoImport: fc.constant(undefined),
  dataStatus: fc.constant(undefined),
  resetData: fc.constant(undefined),
};

const message = fc
  .oneof(
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(ALLOWED)) },
    { weight: 1, arbitrary: fc.constant('reportRuns') },
  )
  .chain((name) => fc.record({ name: fc.constant(name), data: payloads[name]!, from: senders }));

const raw = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const keyOf = (run: Pick<Run, 'source' | 'id'>) => `${run.source}:${run.id}`;

describe('background message handlers', () => {
  it('refuse wrong senders and invalid data without writing; store only own-site, viewer-owned, valid runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(validRun(), { maxLength: 4 }),
        message,
        async (seeded, { name, data, from }) => {
          fakeBrowser.reset();
          counts.messages += 1;
          await fakeBrowser.storage.local.set({ runs: seeded });
          repository.forgetSnapshot(); // what the background's storage.onChanged listener does for a change from outside
          const before = await raw();
          const handler = handlers.get(name);
          expect(handler).toBeDefined();
          let outcome: 'resolved' | 'rejected';
          try {
            await handler!({ data: structuredClone(data), sender: from.sender });
            outcome = 'resolved';
          } catch {
            outcome = 'rejected';
          }
          const allowed = ALLOWED[name]!.includes(from.who);
          bump(counts.byOutcome, `${allowed ? 'allowed' : 'refused-sender'} ${outcome}`);
          const after = await raw();
          if (!allowed || outcome === 'rejected') {
            expect(outcome).toBe('rejected');
            expect(after).toEqual(before);
            return;
          }
          if (name === 'reportRuns' || name === 'cardModel') {
            // Runs that are new in storage came from this message, from the sender's site, owned by the viewer.
            const known = new Set(((before.runs ?? []) as Run[]).map(keyOf));
            for (const run of (after.runs ?? []) as Run[]) {
              if (known.has(keyOf(run))) continue;
              counts.storedRunsChecked += 1;
              expect(name).toBe('reportRuns');
              expect(run.source).toBe(from.who);
              expect(run.ownedByViewer).not.toBe(false);
              expect(v.is(RunSchema, run)).toBe(true);
            }
          }
          if (name === 'cardModel' || name === 'stravaPage') expect(after).toEqual(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
    expect(counts.byOutcome['refused-sender rejected']).toBeGreaterThan(100);
    expect(counts.storedRunsChecked).toBeGreaterThan(20);
  }, 60_000);
});
