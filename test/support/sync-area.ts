// A simulated browser sync storage for tests: one browser's copy of it, with Chrome's quota rules (chrome.storage.sync,
// which Firefox's matches): a write over a limit is refused whole, with Chrome's error text.
import { SYNC_QUOTA, itemBytes } from '../../utils/store/sync/quota';

export class QuotaSyncArea {
  private data = new Map<string, unknown>();
  /** When each write call happened (ms), for the per-minute and per-hour limits. */
  private writes: number[] = [];
  /** Every refusal, so a test can say there was none. */
  readonly refusals: string[] = [];

  constructor(private readonly clock: () => number) {}

  get(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, value]) => [k, structuredClone(value)]));
  }

  bytes(): number {
    let sum = 0;
    for (const [k, value] of this.data) sum += itemBytes(k, value);
    return sum;
  }

  private refuse(message: string): never {
    this.refusals.push(message);
    throw new Error(message);
  }

  private countWrite(): void {
    const now = this.clock();
    const lastMinute = this.writes.filter((at) => at > now - 60_000).length;
    const lastHour = this.writes.filter((at) => at > now - 3_600_000).length;
    if (lastMinute >= SYNC_QUOTA.writesPerMinute)
      this.refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    if (lastHour >= SYNC_QUOTA.writesPerHour) this.refuse('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    this.writes.push(now);
  }

  set(items: Record<string, unknown>): void {
    this.countWrite();
    const next = new Map(this.data);
    for (const [k, value] of Object.entries(items)) {
      if (itemBytes(k, value) > SYNC_QUOTA.bytesPerItem) this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, structuredClone(value));
    }
    if (next.size > SYNC_QUOTA.items) this.refuse('MAX_ITEMS quota exceeded');
    let total = 0;
    for (const [k, value] of next) total += itemBytes(k, value);
    if (total > SYNC_QUOTA.bytes) this.refuse('QUOTA_BYTES quota exceeded');
    this.data = next;
  }

  remove(keys: string[]): void {
    this.countWrite();
    for (const k of keys) this.data.delete(k);
  }

  /** A change that came from the browser's sync service (another browser's write): no quota, no write count. */
  receive(key: string, value: unknown): void {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, structuredClone(value));
  }
}
