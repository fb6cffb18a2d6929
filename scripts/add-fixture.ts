/**
 * Add (or refresh) an extraction fixture: copy a saved page's bytes unchanged, record its URL, copy the later pages
 * of a multi-page article found next to it, and write the current extraction as expected.json for review (Readability's
 * test-pages workflow: regenerate, then read the diff).
 *
 *   npx tsx scripts/add-fixture.ts <saved-page> --url URL --slug NAME
 *   npx tsx scripts/add-fixture.ts --refresh NAME
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expectedOf, extractFixture, FIXTURES_DIR, readFixture } from '../tests/unit/extract/fixture-io';

function usage(message: string): never {
  console.error(`${message}\nusage: add-fixture <saved-page> --url URL --slug NAME | add-fixture --refresh NAME`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function writeExpected(dir: string, slug: string): Promise<void> {
  const fixture = readFixture(dir, slug);
  const article = await extractFixture(fixture);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expectedOf(article), null, 2)}\n`);
  console.log(
    `${slug}: ${article.kind}/${article.template}, ${article.paragraphs.length} paragraphs, review expected.json`,
  );
}

async function main(args: string[]): Promise<void> {
  const refresh = option(args, '--refresh');
  if (refresh) {
    const dir = join(FIXTURES_DIR, refresh);
    if (!existsSync(join(dir, 'page.htm'))) usage(`no fixture ${refresh}`);
    return writeExpected(dir, refresh);
  }
  const [source] = args;
  const url = option(args, '--url');
  const slug = option(args, '--slug');
  if (!source || source.startsWith('--') || !url || !slug) usage('missing arguments');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) usage('the slug is kebab-case: it names the case, e.g. big5-gateway-local');
  if (!existsSync(source)) usage(`no such file: ${source}`);
  const dir = join(FIXTURES_DIR, slug);
  mkdirSync(dir, { recursive: true });
  copyFileSync(source, join(dir, 'page.htm'));
  writeFileSync(join(dir, 'url.txt'), `${url}\n`);
  // Later pages are saved next to the first under the names their URLs imply: t<date>_<id>_<n>.htm.
  const id = /(t\d{8}_\d+)/.exec(new URL(url).pathname)?.[1];
  if (id) {
    for (const name of readdirSync(dirname(source))) {
      if (new RegExp(`^${id}_\\d+\\.s?html?$`).test(name) && name !== basename(source)) {
        copyFileSync(join(dirname(source), name), join(dir, name));
      }
    }
  }
  await writeExpected(dir, slug);
}

await main(process.argv.slice(2));
