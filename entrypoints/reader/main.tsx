import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReaderView } from '../../components/reader/reader-view';
import type { SaveFormat } from '../../components/popup/popup-actions';
import { canConvert, loadScriptConversion } from '../../utils/convert-script';
import { t, uiLanguage } from '../../utils/i18n';
import { DEFAULT_SETTINGS, FONT_SIZES, THEMES, stepChoice, type ReaderSettings } from '../../utils/reader-settings';
import { getSettings, putSettings, watchSettings } from '../../utils/storage';
import { saveCopy } from '../popup/article-copies';
import { loadArticle, type Loaded } from './load-article';

function applySettings(s: ReaderSettings): void {
  const root = document.documentElement;
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.dataset.indent = String(s.indent);
  root.style.setProperty('--font-size', `${s.fontSize}px`);
  root.style.setProperty('--line-height', String(s.lineHeight));
  root.style.setProperty('--width', `${s.width}em`);
}

const SCRIPT_CYCLE = ['original', 'Hans', 'Hant'] as const;

/** Shortcuts a reader expects; ignored while typing in a field. */
function shortcut(e: KeyboardEvent, s: ReaderSettings, url: string | undefined): ReaderSettings | null {
  if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).closest('input, select, textarea')) return null;
  switch (e.key) {
    case '+':
    case '=':
      return { ...s, fontSize: stepChoice(FONT_SIZES, s.fontSize, 1) };
    case '-':
      return { ...s, fontSize: stepChoice(FONT_SIZES, s.fontSize, -1) };
    case 't':
      return { ...s, theme: THEMES[(THEMES.indexOf(s.theme) + 1) % THEMES.length] ?? 'system' };
    case 's':
      return { ...s, script: SCRIPT_CYCLE[(SCRIPT_CYCLE.indexOf(s.script) + 1) % SCRIPT_CYCLE.length] ?? 'original' };
    case 'h':
      return { ...s, highlight: !s.highlight };
    case 'o':
      if (url) location.assign(url);
      return null;
    default:
      return null;
  }
}

function App() {
  const params = new URLSearchParams(location.search);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');
  const [, setConversionLoaded] = useState(false);

  const update = (s: ReaderSettings) => {
    setSettings(s);
    applySettings(s);
    void putSettings(s);
  };

  useEffect(() => {
    void getSettings().then((s) => (setSettings(s), applySettings(s)));
    const stop = watchSettings((s) => (setSettings(s), applySettings(s)));
    loadArticle(params).then(
      (l) => {
        setLoaded(l);
        document.title = l.article.title ?? document.title;
        const save = params.get('save') as SaveFormat | null;
        if (save) {
          setStatus(t('statusSaving'));
          saveCopy({ ...l.article, ...(l.analysis ?? {}) }, save).then(setStatus, (e: Error) => setStatus(e.message));
        }
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    return stop;
  }, []);

  // Load the 简/繁 dictionaries the first time the chosen script differs from the article's.
  const articleScript = loaded?.article.script;
  useEffect(() => {
    if (!articleScript || settings.script === 'original' || canConvert(articleScript, settings.script)) return;
    loadScriptConversion().then(
      () => setConversionLoaded(true),
      (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
    );
  }, [articleScript, settings.script]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const next = shortcut(e, settings, loaded?.article.url);
      if (next) update(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings, loaded]);

  if (error)
    return (
      <p class="status" data-testid="status" role="alert">
        {error}
      </p>
    );
  if (!loaded)
    return (
      <p class="status" data-testid="status">
        {t('readerLoading')}
      </p>
    );
  return (
    <ReaderView
      article={loaded.article}
      analysis={loaded.analysis}
      settings={settings}
      onSettings={update}
      status={status}
    />
  );
}

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
