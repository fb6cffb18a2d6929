import { extractFixture, readFixture, FIXTURES_DIR } from '../tests/unit/extract/fixture-io';
const f = readFixture(FIXTURES_DIR + process.argv[2], process.argv[2]);
const a = await extractFixture(f);
console.log(JSON.stringify({ ...a, paragraphs: a.paragraphs.map((p) => p.slice(0, 30)) }, null, 1));
