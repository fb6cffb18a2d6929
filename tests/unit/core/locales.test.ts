/**
 * The UI strings in public/_locales: the three locales say the same things with the same substitutions, every key the
 * code names exists, and the Taiwan locale is written in Taiwan's characters throughout.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;
const read = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const messages = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<(typeof LOCALES)[number], Messages>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|html)$/.test(name) ? [file] : [];
  });
}

/** Keys the code names: t('key'), getMessage('key'), __MSG_key__, and label tables whose values go through t(). */
function keysNamedInCode(): Map<string, string> {
  const named = new Map<string, string>();
  for (const file of [
    ...sourceFiles('components'),
    ...sourceFiles('entrypoints'),
    ...sourceFiles('utils'),
    'wxt.config.ts',
  ]) {
    const text = readFileSync(file, 'utf8');
    const patterns = [/\bt\('(\w+)'/g, /getMessage\('(\w+)'/g, /__MSG_(\w+)__/g];
    // A table of keys handed to t() by a variable (THEME_LABEL, SAVE_BUTTONS' labels).
    if (/\bt\((?:[A-Z_]+\[|b\.label)/.test(text)) patterns.push(/(?::|label:)\s*'([a-z]+[A-Z]\w*)'/g);
    for (const pattern of patterns) for (const [, key] of text.matchAll(pattern)) named.set(key!, file);
  }
  return named;
}

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('UI strings', () => {
  it('has the same keys in zh_CN, zh_TW and en', () => {
    const keys = Object.keys(messages.zh_CN).sort();
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
  });

  it('substitutes the same $1, $2 … in every locale', () => {
    for (const [key, { message }] of Object.entries(messages.zh_CN)) {
      for (const locale of LOCALES)
        expect(placeholders(messages[locale][key]!.message), `${locale} ${key}`).toEqual(placeholders(message));
    }
  });

  it('has every key the code names', () => {
    const named = keysNamedInCode();
    expect(named.size).toBeGreaterThan(50);
    for (const [key, file] of named) expect(messages.zh_CN[key], `${key} (named in ${file})`).toBeDefined();
  });

  it('writes zh_TW in Taiwan forms throughout (臺灣網, not 台灣網)', () => {
    // What opencc would change in a Taiwan text is a simplified or mainland form left in it.
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const [key, { message }] of Object.entries(messages.zh_TW))
      expect(toTaiwan(message), `zh_TW ${key}`).toBe(message);
  });
});
