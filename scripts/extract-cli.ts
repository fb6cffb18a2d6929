/**
 * npm run -s extract -- [--url URL] [--analyze] [--format json|md|html|txt] FILE
 * Prints the Article (JSON) or a clean copy. Exit 0 for any readable page; 2 with one line on stderr otherwise.
 */
import { parseArgs, render } from './cli-args';
import { readPageFile, UsageError } from './page-file';

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2));
    const article = await readPageFile(args.file, { url: args.url, analyze: args.analyze });
    process.stdout.write(render(article, args.format).replace(/\n?$/, '\n'));
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `cannot read the page: ${String(error)}`;
    process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

main().then((code) => {
  process.exitCode = code;
});
