import type { PageTemplate } from './page-template';

/** eng.taiwan.cn: English text; `.en_text > h1`; `.fontsizebox > div.TRS_Editor`. */
export const eng: PageTemplate = {
  id: 'eng',
  testUrls: ['http://eng.taiwan.cn/news/201811/t20181112_12112376.htm'],
  match: { host: /^eng\./i },
  title: ['.en_text > h1', 'h1'],
  published: ['.en_text .info', '.info', '.time'],
  source: ['.en_text .info', '.info', '.source'],
  editor: ['.editor'],
  breadcrumb: ['.crumb', '.position'],
  body: ['.fontsizebox > div.TRS_Editor'],
  lang: 'en',
};
