// Lints the Firefox build as addons.mozilla.org would: zips .output/firefox-mv3 (as `wxt zip -b firefox` would ship
// it) and runs Mozilla's addons-linter over the zip. Exit 1 on any error; every warning and notice is printed with its
// code, file and line, so the README's explanation of each accepted warning can be checked against the real list.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';

const require = createRequire(import.meta.url);
const linter = require('addons-linter');

const BUILD = path.resolve(process.argv[2] ?? '.output/firefox-mv3');
// A fixed timestamp keeps the zip byte-identical between runs, like the deterministic build itself.
const MTIME = new Date('2020-01-01T00:00:00Z');

function filesUnder(dir, prefix = '') {
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) Object.assign(out, filesUnder(full, rel));
    else out[rel] = [readFileSync(full), { mtime: MTIME }];
  }
  return out;
}

function describe(message) {
  const at = message.line ? `:${message.line}${message.column ? `:${message.column}` : ''}` : '';
  const where = message.file ? ` ${message.file}${at}${message.dataPath ? ` ${message.dataPath}` : ''}` : '';
  // The description says which key or which call; it is plain text with the odd tag in it.
  const detail = message.description
    ? `\n        ${String(message.description)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()}`
    : '';
  return `${message.code}${where}: ${message.message}${detail}`;
}

async function main() {
  if (!existsSync(path.join(BUILD, 'manifest.json'))) {
    console.error(`lint-firefox: no build in ${BUILD} (run npx wxt build -b firefox first)`);
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'tcn-lint-firefox-'));
  const zip = path.join(work, 'firefox-mv3.zip');
  try {
    writeFileSync(zip, zipSync(filesUnder(BUILD), { level: 9 }));
    const instance = linter.createInstance({
      config: {
        _: [zip],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = await instance.run();
    const { errors, warnings, notices } = result;
    for (const e of errors) console.error(`error   ${describe(e)}`);
    for (const w of warnings) console.log(`warning ${describe(w)}`);
    for (const n of notices) console.log(`notice  ${describe(n)}`);
    console.log(
      `addons-linter ${require('addons-linter/package.json').version} on ${path.relative(process.cwd(), BUILD)} ` +
        `(${(statSync(zip).size / 1024).toFixed(0)} kB zipped): ` +
        `${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`,
    );
    return errors.length > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`lint-firefox: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
