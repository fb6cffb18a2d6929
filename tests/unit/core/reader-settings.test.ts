import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZES, normalizeSettings, stepChoice } from '../../../utils/reader-settings';
import { getSettings, putSettings } from '../../../utils/storage';

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults and follow the system theme', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('persist what the reader chose', async () => {
    await putSettings({ ...DEFAULT_SETTINGS, fontSize: 24, theme: 'sepia', script: 'Hant' });
    expect(await getSettings()).toMatchObject({ fontSize: 24, theme: 'sepia', script: 'Hant' });
  });

  it('replace stored values that are out of range instead of breaking the page', () => {
    const s = normalizeSettings({ fontSize: 400, theme: 'neon', script: 1, highlight: 'yes', width: 42 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, width: 42 });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('step sizes without running off either end', () => {
    expect(stepChoice(FONT_SIZES, FONT_SIZES[0]!, -1)).toBe(FONT_SIZES[0]);
    expect(stepChoice(FONT_SIZES, FONT_SIZES.at(-1)!, 1)).toBe(FONT_SIZES.at(-1));
    expect(stepChoice(FONT_SIZES, 19, 1)).toBe(21);
  });
});
