import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Advice, Run } from '../core/types';
import type { CardModel } from '../messaging/protocol';
import { msg } from '../core/message';

const messaging = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('../messaging/content-sender', () => messaging);

const { createCardPainter } = await import('./card-painter');

const run: Run = {
  source: 'strava',
  id: '42',
  title: 'Track 8×800',
  sport: 'run',
  start: '2026-03-10T16:00:00Z',
  elapsedS: 3600,
};
const easyDay: Advice = { kind: 'easy-day', run, reasons: [] };
function model(overrides: Partial<CardModel> = {}, advice: Advice = easyDay): CardModel {
  return {
    view: {
      run,
      runKey: 'strava:42',
      classification: {
        effort: 'hard',
        kind: 'intervals',
        confidence: 'high',
        reasons: [msg('reason.noKind')],
      },
      advice,
      overridden: false,
    },
    level: 2,
    collapsed: false,
    theme: 'page',
    siteEnabled: true,
    listDue: false,
    units: 'metric',
    texts: {
      kind: 'Intervals',
      reasons: ['Nothing in the laps or title says which kind of hard run'],
      headline: 'Easy day: no strength today, so tomorrow’s hard run stays hard.',
      level: 'Level 2',
    },
    ...overrides,
  };
}

const placement = { anchorSelectors: ['#heading'], activityIdFromUrl: () => '42' };
const host = () => document.querySelector<HTMLElement>('hardday-card');
const inCard = (testId: string) =>
  host()?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
function anchor(): HTMLElement {
  const heading = document.createElement('div');
  heading.id = 'heading';
  document.body.append(heading);
  return heading;
}

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.resetAllMocks();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  vi.useRealTimers();
});

describe('the card’s painter', () => {
  it('mounts the card beside the anchor and paints what the background computed', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    const heading = anchor();
    painter.mount('42', run, heading);
    expect(heading.nextElementSibling).toBe(host());
    expect(painter.isShowing('42')).toBe(true);
    expect(await painter.refresh()).toEqual(model());
    expect(messaging.sendMessage).toHaveBeenCalledWith('cardModel', { run });
    expect(host()!.dataset).toMatchObject({
      effort: 'hard',
      kind: 'intervals',
      advice: 'easy-day',
      level: '2',
    });
    expect(inCard('card-verdict')?.textContent).toContain('Hard day');
  });

  it('matches the background the page shows where the card sits, unless the runner chose', async () => {
    const painter = createCardPainter(ctx, placement);
    const heading = anchor();
    document.body.style.backgroundColor = 'rgb(18, 18, 20)';
    messaging.sendMessage.mockResolvedValue(model());
    painter.mount('42', run, heading);
    await painter.refresh();
    expect(host()!.dataset.theme).toBe('dark');
    messaging.sendMessage.mockResolvedValue(model({ theme: 'light' }));
    await painter.refresh();
    expect(host()!.dataset.theme).toBe('light');

    // Read at mount: a white page gets a light card (whatever the operating system's theme).
    document.body.style.backgroundColor = '';
    messaging.sendMessage.mockResolvedValue(model());
    painter.mount('42', run, heading);
    await painter.refresh();
    expect(host()!.dataset.theme).toBe('light');
    messaging.sendMessage.mockResolvedValue(model({ theme: 'dark' }));
    await painter.refresh();
    expect(host()!.dataset.theme).toBe('dark');
  });

  it('sends the runner’s actions on the card to the background', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    inCard('card-toggle')!.click();
    inCard('card-correct')!.click();
    expect(messaging.sendMessage).toHaveBeenCalledWith('toggleCard', undefined);
    expect(messaging.sendMessage).toHaveBeenCalledWith('setOverride', {
      runKey: 'strava:42',
      effort: 'easy',
    });
  });

  it('takes the card away when the runner turned the site off', async () => {
    messaging.sendMessage.mockResolvedValue(model({ siteEnabled: false }));
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    expect(host()).toBeNull();
    expect(painter.isShowing('42')).toBe(false);
  });

  it('puts the same card back when a single-page app re-renders the header', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    const card = host()!;
    document.body.replaceChildren(); // the app drops its header, and the card with it
    await settle();
    const heading = anchor();
    await vi.waitFor(() => expect(heading.nextElementSibling).toBe(card));
  });

  it('asks again once when the strength window closes while the page is open', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-03-10T18:00:00Z'));
    const strength: Advice = {
      kind: 'strength',
      run,
      windowEnds: '2026-03-10T18:00:00Z', // closed this very moment
      reasons: [],
      session: {
        id: 's',
        title: { kind: 'training.title.intervals' },
        focus: 'training.focus.power',
        level: 2,
        minutes: 25,
        items: [],
      },
    };
    messaging.sendMessage.mockResolvedValue(model({}, strength));
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    await vi.waitFor(() => expect(messaging.sendMessage).toHaveBeenCalledTimes(2));
    await settle();
    expect(messaging.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('ends with the script’s context: the card goes and nothing is painted any more', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    const answer = painter.refresh();
    ctx.abort();
    expect(await answer).toBeUndefined();
    expect(host()).toBeNull();
  });

  it('paints the newest answer when an older one arrives after it', async () => {
    // The first answer was computed while the page's run was still being stored; the second, asked after the write
    // changed storage, carries what is stored now (here another level) and must stay on the card.
    let answerFirst: (value: CardModel) => void = () => undefined;
    messaging.sendMessage
      .mockReturnValueOnce(new Promise<CardModel>((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(model({ level: 3 }));
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    const first = painter.refresh();
    expect(await painter.refresh()).toEqual(model({ level: 3 }));
    expect(host()!.dataset.level).toBe('3');
    answerFirst(model());
    expect(await first).toEqual(model());
    expect(host()!.dataset.level).toBe('3');
  });
});

describe('the corner panel, when the page has no place for the card', () => {
  it('shows the card fixed in the page’s corner, closable with its button', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, null);
    await painter.refresh();
    const card = host()!;
    expect(card.parentElement).toBe(document.body);
    expect(card.dataset.place).toBe('corner');
    expect(inCard('card-verdict')?.textContent).toContain('Hard day');
    const close = inCard('card-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close HardDay for this page');
    close.click();
    expect(host()).toBeNull();
    expect(painter.isShowing('42')).toBe(false);
  });

  it('closes with Escape from inside the panel', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, null);
    await painter.refresh();
    inCard('card-toggle')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(host()).toBeNull();
  });

  it('moves beside the anchor once the app renders one, and loses its corner box and close button', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, null);
    await painter.refresh();
    const card = host()!;
    const heading = anchor();
    await vi.waitFor(() => expect(heading.nextElementSibling).toBe(card));
    expect(card.dataset.place).toBe('anchor');
    expect(inCard('card-close')).toBeNull();
    expect(inCard('card-verdict')?.textContent).toContain('Hard day');
  });

  it('a card beside its anchor has no close button', async () => {
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    expect(host()!.dataset.place).toBe('anchor');
    expect(inCard('card-close')).toBeNull();
  });

  it('goes back to the corner when the page drops it with its header and no header comes back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    messaging.sendMessage.mockResolvedValue(model());
    const painter = createCardPainter(ctx, placement);
    painter.mount('42', run, anchor());
    await painter.refresh();
    const card = host()!;
    document.body.replaceChildren(); // the app drops its header, and the card with it
    await vi.waitFor(() => expect(card.isConnected).toBe(false));
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(card.isConnected).toBe(true));
    expect(card.dataset.place).toBe('corner');
    expect(inCard('card-close')).not.toBeNull();
  });
});
