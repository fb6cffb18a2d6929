import { t } from '../../utils/i18n';
import {
  FONT_SIZES,
  LINE_HEIGHTS,
  THEMES,
  WIDTHS,
  stepChoice,
  type ReaderSettings,
  type ScriptChoice,
  type Theme,
} from '../../utils/reader-settings';

const THEME_LABEL: Record<Theme, string> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const SCRIPT_LABEL: Record<ScriptChoice, string> = {
  original: 'scriptOriginal',
  Hans: 'scriptHans',
  Hant: 'scriptHant',
};

export function ReaderControls(props: {
  settings: ReaderSettings;
  onChange: (s: ReaderSettings) => void;
  onPrint: () => void;
}) {
  const s = props.settings;
  const set = (patch: Partial<ReaderSettings>) => props.onChange({ ...s, ...patch });
  return (
    <div class="controls" role="toolbar" aria-label={t('readerFontSize')}>
      <span class="group" data-testid="font-size" data-value={s.fontSize}>
        <button
          aria-label={`A− ${t('readerSmaller')}`}
          onClick={() => set({ fontSize: stepChoice(FONT_SIZES, s.fontSize, -1) })}
        >
          A−
        </button>
        <button
          aria-label={`A+ ${t('readerLarger')}`}
          onClick={() => set({ fontSize: stepChoice(FONT_SIZES, s.fontSize, 1) })}
        >
          A+
        </button>
      </span>
      <label>
        {t('readerLineHeight')}
        <select value={String(s.lineHeight)} onChange={(e) => set({ lineHeight: Number(e.currentTarget.value) })}>
          {LINE_HEIGHTS.map((v) => (
            <option key={v} value={String(v)}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('readerWidth')}
        <select value={String(s.width)} onChange={(e) => set({ width: Number(e.currentTarget.value) })}>
          {WIDTHS.map((v) => (
            <option key={v} value={String(v)}>
              {v}em
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('readerFont')}
        <select value={s.font} onChange={(e) => set({ font: e.currentTarget.value === 'sans' ? 'sans' : 'serif' })}>
          <option value="serif">{t('fontSerif')}</option>
          <option value="sans">{t('fontSans')}</option>
        </select>
      </label>
      <label>
        {t('readerTheme')}
        <select data-testid="theme" value={s.theme} onChange={(e) => set({ theme: e.currentTarget.value as Theme })}>
          {THEMES.map((v) => (
            <option key={v} value={v}>
              {t(THEME_LABEL[v])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('readerScript')}
        <select
          data-testid="script-toggle"
          value={s.script}
          onChange={(e) => set({ script: e.currentTarget.value as ScriptChoice })}
        >
          {(['original', 'Hans', 'Hant'] as const).map((v) => (
            <option key={v} value={v}>
              {t(SCRIPT_LABEL[v])}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={s.highlight} onChange={(e) => set({ highlight: e.currentTarget.checked })} />
        {t('readerHighlight')}
      </label>
      <label class="check">
        <input type="checkbox" checked={s.indent} onChange={(e) => set({ indent: e.currentTarget.checked })} />
        {t('readerIndent')}
      </label>
      <button onClick={props.onPrint}>{t('readerPrint')}</button>
    </div>
  );
}
