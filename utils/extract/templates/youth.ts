import type { PageTemplate } from './page-template';

/**
 * y.taiwan.cn (2019, another CMS): `div#mainContent > h1`; `div.titleAndPanel` holds the source and
 * `2019年04月10日 16:05`; `div.leftS > div.contentArea > div.TRS_Editor`; a bare `责任编辑：X` line.
 */
export const youth: PageTemplate = {
  id: 'youth',
  testUrls: ['http://y.taiwan.cn/newsqw/2019/0410/9942164.html', 'http://y.taiwan.cn/qnjl/2019/1105/9981230.html'],
  match: { host: /^y\./i },
  title: ['#mainContent h1', 'h1'],
  published: ['.titleAndPanel'],
  source: ['.titleAndPanel'],
  breadcrumb: ['.crumb', '.position', '.location'],
  body: ['.contentArea > div.TRS_Editor'],
};
