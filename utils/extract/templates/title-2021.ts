import type { PageTemplate } from './page-template';

/** About 2021-2023: `h1.title`, `meta[name=publishdate]` with the full time, `meta[name=author]`, `div.TRS_Editor`. */
export const title2021: PageTemplate = {
  id: 'title-2021',
  testUrls: [
    'https://www.taiwan.cn/xwzx/la/202211/t20221108_12481530.htm',
    'https://www.taiwan.cn/xwzx/la/202104/t20210412_12343915.htm',
  ],
  match: { selectors: ['h1.title', 'meta[name="publishdate"]', 'div.TRS_Editor'] },
  title: ['h1.title'],
  published: [['meta[name="publishdate"]', 'content'], '.time', '.info'],
  source: ['.source', '.info'],
  author: [['meta[name="author"]', 'content']],
  editor: ['.editor'],
  breadcrumb: ['.crumb', '.position'],
};
