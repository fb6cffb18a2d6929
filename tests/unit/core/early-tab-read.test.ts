import { describe, expect, it } from 'vitest';
import { startEarlyTabRead, tabKey } from '../../../utils/early-tab-read';

/** A global scope with just the storage areas the early read looks for. */
function scopeWith(
  areas: Record<string, Record<string, unknown> | 'fails'>,
  namespace: 'browser' | 'chrome' = 'chrome',
) {
  const reads: string[] = [];
  const storage = Object.fromEntries(
    Object.entries(areas).map(([name, content]) => [
      name,
      {
        get: async (key: string) => {
          reads.push(`${name}:${key}`);
          if (content === 'fails') throw new Error('storage unavailable');
          return key in content ? { [key]: content[key] } : {};
        },
      },
    ]),
  );
  return { scope: { [namespace]: { storage } } as unknown as typeof globalThis, reads };
}

const state = { tabId: 7, url: 'https://www.taiwan.cn/a.htm', status: 'ready' };

describe('the popup early read of a tab state', () => {
  it('reads the tab named in ?tabId= from session storage', async () => {
    const { scope, reads } = scopeWith({ session: { [tabKey(7)]: state } });
    await expect(startEarlyTabRead(scope, '?tabId=7')).resolves.toEqual(state);
    expect(reads).toEqual(['session:tab:7']);
  });

  it('uses the browser namespace when there is one, and local storage where session storage is missing', async () => {
    const { scope, reads } = scopeWith({ local: { [tabKey(7)]: state } }, 'browser');
    await expect(startEarlyTabRead(scope, '?tabId=7')).resolves.toEqual(state);
    expect(reads).toEqual(['local:tab:7']);
  });

  it('gives null for a tab with nothing prepared, and when the read fails', async () => {
    await expect(startEarlyTabRead(scopeWith({ session: {} }).scope, '?tabId=8')).resolves.toBeNull();
    await expect(startEarlyTabRead(scopeWith({ session: 'fails' }).scope, '?tabId=7')).resolves.toBeNull();
  });

  it('does not read at all without a valid tab id or without a storage API', () => {
    const { scope, reads } = scopeWith({ session: { [tabKey(7)]: state } });
    for (const search of ['', '?tabId=', '?tabId=abc', '?tabId=-3', '?tabId=1.5', '?other=7'])
      expect(startEarlyTabRead(scope, search)).toBeNull();
    expect(reads).toEqual([]);
    expect(startEarlyTabRead({} as typeof globalThis, '?tabId=7')).toBeNull();
  });
});
