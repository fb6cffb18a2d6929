import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../../utils/export/to-markdown';
import { hansArticle, hantArticle, SEED_URL } from './sample-articles';

const saved = new Date('2024-05-06T09:30:00Z');
const KEYS = ['title', 'url', 'source', 'author', 'editor', 'published', 'category', 'keywords', 'summary', 'saved'];

/**
 * A deliberately small front-matter reader: the block must be exactly one `key: value` line per field, and every value
 * a JSON-compatible double-quoted YAML scalar, `null`, or a flow sequence of such scalars.
 */
function readFrontMatter(markdown: string): { fields: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  const fields: Record<string, unknown> = {};
  for (const line of match[1]!.split('\n')) {
    const kv = /^([a-z]+): (.*)$/.exec(line);
    if (!kv) throw new Error(`not a key: value line: ${JSON.stringify(line)}`);
    fields[kv[1]!] = JSON.parse(kv[2]!);
  }
  return { fields, body: markdown.slice(match[0].length) };
}

describe('articleToMarkdown front matter', () => {
  it('holds every field, in order, with the article values', () => {
    const { fields } = readFrontMatter(articleToMarkdown(hansArticle({ author: '张明' }), saved));
    expect(Object.keys(fields)).toEqual(KEYS);
    expect(fields).toEqual({
      title: '干部“新春走基层”关键要“走心”',
      url: SEED_URL,
      source: '东方网',
      author: '张明',
      editor: '李帅',
      published: '2017-02-23T16:43:57+08:00',
      category: ['新闻中心', '时政新闻'],
      keywords: ['走基层', '干部'],
      summary: '走访要带着问题去，带着办法回。',
      saved: '2024-05-06T09:30:00.000Z',
    });
  });

  it('says what the copy lacks, before the save time, only when the article has warnings', () => {
    const failed = 'Could not read page 2 of 2 (http://www.taiwan.cn/a_1.htm): HTTP 404.';
    const { fields } = readFrontMatter(articleToMarkdown(hansArticle({ pages: 2, warnings: [failed] }), saved));
    expect(Object.keys(fields)).toEqual([...KEYS.slice(0, -1), 'warnings', 'saved']);
    expect(fields.warnings).toEqual([failed]);
  });

  it('writes missing facts as null and falls back to page keywords and the reporters', () => {
    const { fields } = readFrontMatter(articleToMarkdown(hantArticle(), saved));
    expect(fields.author).toBe('陳佳、王思羽');
    expect(fields.keywords).toEqual(['兩岸', '青年']);
    expect(fields.summary).toBe('兩岸青年在廈門分享創業心得。');
    expect(
      readFrontMatter(articleToMarkdown(hansArticle({ editor: null, publishedAt: null }), saved)).fields,
    ).toMatchObject({
      editor: null,
      published: null,
    });
  });

  it.each([
    'title: injected\n---\n# not a heading',
    '"quoted" \\ backslash: colon # hash',
    '- [list, like]\n  - {flow: map}',
    '\u0085nel\u2028ls\u2029ps\ufeffbom\u007fdel\u0000nul',
    '&anchor *alias !tag %directive @ `tick` | > ',
  ])('keeps a hostile title on its line and reads it back: %j', (title) => {
    const markdown = articleToMarkdown(hansArticle({ title }), saved);
    const { fields } = readFrontMatter(markdown);
    expect(fields.title).toBe(title.replace(/\s+/g, ' ').trim());
    const block = markdown.slice(0, markdown.indexOf('\n---\n'));
    expect(block).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/);
  });

  it('survives any title and keyword (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }),
        (title, words) => {
          const article = hansArticle({ title, keywords: words.map((word) => ({ word, score: 1 })) });
          const { fields } = readFrontMatter(articleToMarkdown(article, saved));
          const flat = title.replace(/\s+/g, ' ').trim();
          expect(fields.title).toBe(flat ? flat.toWellFormed() : null);
          expect(fields.keywords).toEqual(words.map((w) => w.toWellFormed()));
          expect(Object.keys(fields)).toEqual(KEYS);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('articleToMarkdown body', () => {
  it('has the title, meta line, summary and paragraphs without the site indentation', () => {
    const { body } = readFrontMatter(articleToMarkdown(hansArticle(), saved));
    expect(body).toContain('# 干部“新春走基层”关键要“走心”\n');
    expect(body).toContain('发布时间：2017-02-23 16:43:57 · 来源：东方网 · 责任编辑：李帅');
    expect(body).toContain('> **摘要**：走访要带着问题去，带着办法回。');
    expect(body).toContain('\n\n春节假期刚过，不少地方组织机关干部到村里走访，听群众说说新一年的打算。\n\n');
    expect(body).not.toContain('\u3000');
    expect(body.trimEnd().endsWith(`原文链接：<${SEED_URL}>`)).toBe(true);
  });

  it('links images by absolute URL and keeps their captions', () => {
    const { body } = readFrontMatter(articleToMarkdown(hantArticle(), saved));
    expect(body).toContain('![交流會現場](http://www.taiwan.cn/taiwan/jsxw/201903/W020190301512345.jpg)');
    expect(body).toContain('\n\n交流會現場\n\n');
    expect(body).toContain('原文連結：');
  });

  it('writes the CMS tables (td only) as GFM tables, with pipes in cells escaped', () => {
    const html =
      '<table><tbody><tr><td>项目</td><td>数量</td></tr><tr><td>台商<br>企业</td><td>3|4</td></tr></tbody></table>';
    const { body } = readFrontMatter(articleToMarkdown(hansArticle({ html }), saved));
    expect(body).toContain('| 项目 | 数量 |\n| --- | --- |\n| 台商 企业 | 3\\|4 |');
    expect(body).not.toContain('<table');
  });

  it('keeps header tables as they are', () => {
    const html =
      '<table><thead><tr><th>年</th><th>人数</th></tr></thead><tbody><tr><td>2017</td><td>12</td></tr></tbody></table>';
    const { body } = readFrontMatter(articleToMarkdown(hansArticle({ html }), saved));
    expect(body).toContain('| 年 | 人数 |\n| --- | --- |\n| 2017 | 12 |');
  });

  it('lets no markup from the page become live HTML or a script link', () => {
    const html =
      '<p>甲&lt;img src=x onerror=alert(1)&gt;乙</p><script>steal()</script><style>p{}</style>' +
      '<p><a href="javascript:alert(1)">坏链接</a> <a href="/xwzx/">栏目</a></p><p><img src="javascript:alert(2)"></p>';
    const { body } = readFrontMatter(articleToMarkdown(hansArticle({ html }), saved));
    expect(body).toContain('甲\\<img src=x onerror=alert(1)>乙');
    expect(body).not.toContain('steal()');
    expect(body).not.toContain('javascript:');
    expect(body).toContain('坏链接 [栏目](http://www.taiwan.cn/xwzx/)');
  });

  it('escapes Markdown syntax in the title so it stays one heading', () => {
    const { body } = readFrontMatter(articleToMarkdown(hansArticle({ title: '# [点我](http://x) *重点*' }), saved));
    expect(body.trimStart().split('\n')[0]).toBe('# \\# \\[点我\\](http://x) \\*重点\\*');
  });
});
