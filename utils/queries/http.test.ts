import { afterEach, describe, expect, it } from 'vitest';
import { defaultFetch, getJson, isSameOriginPath } from './http';

const globals = globalThis as { content?: unknown };

afterEach(() => {
  delete globals.content;
});

describe('http', () => {
  it('accepts only same-origin paths', async () => {
    expect(isSameOriginPath('/gc-api/x')).toBe(true);
    expect(isSameOriginPath('//evil.example/x')).toBe(false);
    expect(isSameOriginPath('https://evil.example/x')).toBe(false);
    await expect(getJson('https://evil.example/x', {}, async () => new Response('{}'))).rejects.toThrow(
      /origin/,
    );
  });

  it("uses Firefox's page-context content.fetch when present", async () => {
    const seen: string[] = [];
    globals.content = {
      fetch: async (input: string) => {
        seen.push(input);
        return new Response('{"ok":true}');
      },
    };
    expect(await getJson('/x', {}, defaultFetch())).toEqual({ ok: true });
    expect(seen).toEqual(['/x']);
  });
});
