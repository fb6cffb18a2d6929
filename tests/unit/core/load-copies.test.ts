/**
 * The popup loads its copy builders (popup-copies.js) as a classic script on the first save, copy or add: once, with a
 * clear message when it cannot, and again on the next click after a failure.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  COPIES_GLOBAL,
  COPIES_SCRIPT,
  loadCopies,
  type ArticleCopies,
} from '../../../entrypoints/popup-app/load-copies';

// jsdom fetches no scripts here, so each test plays the browser: it finds the script the loader added and fires the
// event a real load or a failed one would.
const dom = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://abc/popup.html' });
const doc = dom.window.document;
const added = () => Array.from(doc.querySelectorAll('script')).filter((s) => s.src.endsWith(COPIES_SCRIPT));
const fire = (script: HTMLScriptElement, type: 'load' | 'error') => script.dispatchEvent(new dom.window.Event(type));
const copies = { saveCopy: async () => 'saved' } as unknown as ArticleCopies;

describe('loading the copy builders', () => {
  it('reports a script that ran but registered nothing, and one that failed to load, by its address', async () => {
    const first = loadCopies(doc);
    fire(added().at(-1)!, 'load');
    await expect(first).rejects.toThrow(`${COPIES_SCRIPT} ran but registered nothing`);

    const second = loadCopies(doc);
    const script = added().at(-1)!;
    fire(script, 'error');
    await expect(second).rejects.toThrow(`could not load ${COPIES_SCRIPT}`);
    expect(script.isConnected).toBe(false);
  });

  it('tries again after a failure, then hands the same builders to every later click without loading again', async () => {
    const before = added().length;
    const loading = loadCopies(doc);
    expect(added()).toHaveLength(before + 1);
    (dom.window as unknown as Record<string, unknown>)[COPIES_GLOBAL] = copies;
    fire(added().at(-1)!, 'load');
    await expect(loading).resolves.toBe(copies);
    await expect(loadCopies(doc)).resolves.toBe(copies);
    expect(added()).toHaveLength(before + 1);
  });
});
