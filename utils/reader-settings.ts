/** Reading-view settings: their defaults and how stored values are checked, so a bad stored value never breaks a page. */

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type ScriptChoice = 'original' | 'Hans' | 'Hant';

export interface ReaderSettings {
  fontSize: number;
  lineHeight: number;
  width: number;
  font: FontFamily;
  theme: Theme;
  script: ScriptChoice;
  highlight: boolean;
  indent: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontSize: 19,
  lineHeight: 1.9,
  width: 42,
  font: 'serif',
  theme: 'system',
  script: 'original',
  highlight: false,
  indent: true,
};

export const FONT_SIZES = [15, 17, 19, 21, 24, 28];
export const LINE_HEIGHTS = [1.6, 1.9, 2.2];
/** Column widths in em: CJK reads best at roughly 30-45 characters a line. */
export const WIDTHS = [32, 42, 52];
export const THEMES: Theme[] = ['system', 'light', 'sepia', 'dark'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function normalizeSettings(raw: unknown): ReaderSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    fontSize: pick(r.fontSize, FONT_SIZES, d.fontSize),
    lineHeight: pick(r.lineHeight, LINE_HEIGHTS, d.lineHeight),
    width: pick(r.width, WIDTHS, d.width),
    font: pick(r.font, ['serif', 'sans'] as const, d.font),
    theme: pick(r.theme, THEMES, d.theme),
    script: pick(r.script, ['original', 'Hans', 'Hant'] as const, d.script),
    highlight: typeof r.highlight === 'boolean' ? r.highlight : d.highlight,
    indent: typeof r.indent === 'boolean' ? r.indent : d.indent,
  };
}

/** Step through an ordered list of choices, stopping at the ends. */
export function stepChoice<T>(list: readonly T[], current: T, delta: number): T {
  const i = list.indexOf(current);
  const next = Math.min(list.length - 1, Math.max(0, (i < 0 ? 0 : i) + delta));
  return list[next] as T;
}
