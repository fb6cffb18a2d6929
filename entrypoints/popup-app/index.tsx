/**
 * The popup's app as one classic script (a WXT unlisted script: one IIFE file with nothing to import), which
 * popup-early.js starts. As a module with imports it took two rounds of requests inside the extension before its first
 * line ran; one file is fetched and run in one.
 */
// First: its top-level code starts the storage read before the rest of the app is evaluated.
import './early-state';
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { uiLanguage } from '../../utils/i18n';
import { App } from './app';

export default defineUnlistedScript(() => {
  document.documentElement.lang = uiLanguage();
  render(<App />, document.getElementById('app')!);
});
