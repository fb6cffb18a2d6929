/** The stylesheet inlined into saved HTML copies: readable on screen and on paper, light or dark, without any font file. */
export const SAVED_COPY_CSS = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --line: #d8dee4; --panel: #f6f8fa; --link: #0b5cad; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6e6e6; --muted: #a0a8b0; --line: #3a4048; --panel: #1c2128; --link: #7cb7ff; }
  body { background: #121417; }
}
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 2rem 1.25rem 4rem; max-width: 42rem; color: var(--text); font-size: 18px; line-height: 1.85;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", system-ui, sans-serif;
}
:lang(zh-TW), :lang(zh-HK), :lang(zh-Hant) {
  font-family: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", system-ui, sans-serif;
}
:lang(en) { font-family: Georgia, "Times New Roman", serif; }
h1 { font-size: 1.6em; line-height: 1.4; margin: 0 0 0.6em; }
a { color: var(--link); overflow-wrap: anywhere; }
.meta { margin: 0.2em 0; color: var(--muted); font-size: 0.85em; line-height: 1.6; }
.incomplete { margin: 0.6em 0; padding: 0.3em 0.8em; border-left: 4px solid #b3261e; background: var(--panel); font-size: 0.9em; }
.summary { margin: 1.5em 0; padding: 0.8em 1em; background: var(--panel); border-left: 4px solid var(--line); }
.summary h2, .keywords-label { margin: 0 0 0.3em; font-size: 0.85em; color: var(--muted); font-weight: 600; }
.summary p { margin: 0; }
.keywords { margin: 1em 0 2em; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.4em; }
.keywords li { padding: 0 0.6em; border: 1px solid var(--line); border-radius: 1em; font-size: 0.85em; }
.body { border-top: 1px solid var(--line); padding-top: 1em; }
.body p { margin: 0 0 1em; text-align: justify; }
.body img { display: block; max-width: 100%; height: auto; margin: 1em auto 0.3em; }
.body figcaption { color: var(--muted); font-size: 0.85em; text-align: center; }
.body small { color: var(--muted); }
.body table { border-collapse: collapse; width: 100%; }
.body td, .body th { border: 1px solid var(--line); padding: 0.3em 0.5em; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; color: #000; background: #fff; }
  a { color: #000; }
  .summary { break-inside: avoid; }
}
`;
