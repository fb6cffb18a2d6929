import type { PageTemplate } from './page-template';

/**
 * 2026 (https): "中国台湾网移动版", the title, `2026-02-11 14:03:00`, `来源:中国台湾网`, `字号`, then the body. Only the
 * reading order is known, so the facts come from the text-pattern rules; the mobile-site link tells the layout apart.
 */
export const www2026: PageTemplate = {
  id: 'www-2026',
  testUrls: [
    'https://www.taiwan.cn/xwzx/xwfbh/gtbxwfbh/tuwen/202602/t20260211_12770418.htm',
    'https://www.taiwan.cn/taiwan/jsxw/202603/t20260305_12771902.htm',
  ],
  match: { years: [2024, 2099], selectors: ['div.TRS_Editor'], text: ['a', /中国台湾网移动版|中國臺灣網移動版/] },
  title: ['h1'],
};
