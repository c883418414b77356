import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends keyof ProtocolMap> = Awaited<ReturnType<ProtocolMap[K]>>;

let nextId = Math.floor(Math.random() * 10_000);

/**
 * Sends one message of the protocol to the background from a content script. The same wire format as
 * @webext-core/messaging (`{ id, type, data, timestamp }` in, `{ res }` or `{ err }` back), so the background's
 * `onMessage` answers it unchanged; without that library and its error serialiser the content scripts are ~1.2 KB
 * (gzipped) smaller. A refused or failed message rejects with the background's error message.
 */
export async function sendMessage<K extends keyof ProtocolMap>(type: K, data: Data<K>): Promise<Answer<K>> {
  const reply = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
    { res?: Answer<K>; err?: { message?: unknown } | null } | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(String(reply.err.message ?? 'HardDay message failed'));
  return reply.res as Answer<K>;
}
