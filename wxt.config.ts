import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { classicOnlyPages } from './scripts/classic-only-pages';
import { inlinePageStyles } from './scripts/inline-page-styles';

// Hosts the extension may read. Kept to taiwan.cn and its alias: least privilege (product.md, security rules).
export const SITE_MATCHES = ['*://*.taiwan.cn/*', '*://taiwan.cn/*', '*://*.chinataiwan.cn/*', '*://chinataiwan.cn/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the command line runs the same utils/ outside WXT, where auto-imports do not exist.
  imports: false,
  vite: () => ({
    plugins: [preact(), inlinePageStyles(), classicOnlyPages()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'downloads', 'contextMenus'],
    host_permissions: SITE_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    // 'wasm-unsafe-eval' lets extension pages and the worker instantiate jieba's WebAssembly; nothing remote is allowed.
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reader@taiwan-cn-reader.example',
              // 140: the first Firefox that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
