// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { startDeferredModules } from '../../../utils/deferred-modules';

describe('deferred modules', () => {
  it('turns each listed module into a module script, once', () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="deferred-module" content="/chunks/a.js"><meta name="deferred-module" content="/chunks/b.js">',
    );
    expect(startDeferredModules(document)).toBe(2);
    const scripts = Array.from(document.body.querySelectorAll('script'), (s) => [s.type, s.getAttribute('src')]);
    expect(scripts).toEqual([
      ['module', '/chunks/a.js'],
      ['module', '/chunks/b.js'],
    ]);
    expect(startDeferredModules(document)).toBe(0);
    expect(document.body.querySelectorAll('script')).toHaveLength(2);
  });
});
