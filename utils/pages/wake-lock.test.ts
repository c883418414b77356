import { afterEach, describe, expect, it } from 'vitest';
import { FakeWakeLock, setVisibility } from '../../test/support/fake-floor';
import { createScreenWakeLock } from './wake-lock';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => setVisibility(document, 'visible'));

describe('createScreenWakeLock', () => {
  it('holds the screen lock while wanted and lets it go when not', async () => {
    const wakeLock = new FakeWakeLock();
    const lock = createScreenWakeLock({ wakeLock, doc: document });
    lock.set(true);
    await settle();
    expect(wakeLock.sentinels).toHaveLength(1);
    expect(wakeLock.held).toBe(1);
    lock.set(true); // already held: no second request
    await settle();
    expect(wakeLock.sentinels).toHaveLength(1);
    lock.set(false);
    expect(wakeLock.held).toBe(0);
    lock.dispose();
  });

  it('lets go when the page is hidden and takes it again when shown, only while still wanted', async () => {
    const wakeLock = new FakeWakeLock();
    const lock = createScreenWakeLock({ wakeLock, doc: document });
    lock.set(true);
    await settle();
    setVisibility(document, 'hidden');
    expect(wakeLock.held).toBe(0);
    lock.set(true); // a timer starting while hidden asks for nothing
    await settle();
    expect(wakeLock.sentinels).toHaveLength(1);
    setVisibility(document, 'visible');
    await settle();
    expect(wakeLock.sentinels).toHaveLength(2);
    expect(wakeLock.held).toBe(1);

    lock.set(false);
    setVisibility(document, 'hidden');
    setVisibility(document, 'visible');
    await settle();
    expect(wakeLock.sentinels).toHaveLength(2);
    expect(wakeLock.held).toBe(0);
    lock.dispose();
  });

  it('asks again after the browser dropped the lock by itself', async () => {
    const wakeLock = new FakeWakeLock();
    const lock = createScreenWakeLock({ wakeLock, doc: document });
    lock.set(true);
    await settle();
    await wakeLock.sentinels[0]!.release(); // e.g. the system's battery saver
    lock.set(true);
    await settle();
    expect(wakeLock.held).toBe(1);
    lock.dispose();
    expect(wakeLock.held).toBe(0);
  });

  it('releases a lock granted after the timer already stopped', async () => {
    const wakeLock = new FakeWakeLock();
    const lock = createScreenWakeLock({ wakeLock, doc: document });
    lock.set(true);
    lock.set(false); // before the browser answered
    await settle();
    expect(wakeLock.sentinels).toHaveLength(1);
    expect(wakeLock.held).toBe(0);
    lock.dispose();
  });

  it('carries on where the browser refuses the lock or has no Wake Lock API', async () => {
    const wakeLock = new FakeWakeLock();
    wakeLock.refuse = true;
    const refused = createScreenWakeLock({ wakeLock, doc: document });
    refused.set(true);
    await settle();
    expect(wakeLock.held).toBe(0);
    wakeLock.refuse = false;
    refused.set(true); // a later start asks again
    await settle();
    expect(wakeLock.held).toBe(1);
    refused.dispose();

    const missing = createScreenWakeLock({ wakeLock: undefined, doc: document });
    expect(() => {
      missing.set(true);
      missing.set(false);
      missing.dispose();
    }).not.toThrow();
  });

  it('stops listening to the page once disposed', async () => {
    const wakeLock = new FakeWakeLock();
    const lock = createScreenWakeLock({ wakeLock, doc: document });
    lock.set(true);
    await settle();
    lock.dispose();
    setVisibility(document, 'hidden');
    setVisibility(document, 'visible');
    await settle();
    expect(wakeLock.sentinels).toHaveLength(1);
    expect(wakeLock.held).toBe(0);
  });
});
