/** The warning texts of utils/warnings.ts are read back whole, slots and all, and nothing else passes for one. */
import { describe, expect, it } from 'vitest';
import { readWarning, warning, type WarningCode } from '../../../utils/warnings';

describe('warnings read back', () => {
  it('finds the code and the slots of every template, also where a slot holds brackets, colons or stops', () => {
    const url = 'http://www.taiwan.cn/a/t20180101_1_2.htm?x=(1)';
    const cases: [string, WarningCode, string[]][] = [
      [warning.dateOnly(), 'dateOnly', []],
      [warning.urlDate(), 'urlDate', []],
      [warning.pagesCapped(30, 40), 'pagesCapped', ['30', '40']],
      [warning.onePageOnly(3, 1), 'onePageOnly', ['3', '1']],
      [warning.pageFailed(3, 3, url, 'HTTP 404: Not Found.'), 'pageFailed', ['3', '3', url, 'HTTP 404: Not Found.']],
      [warning.noText(), 'noText', []],
      [warning.emptyBody(), 'emptyBody', []],
      [warning.unreadable('33.3'), 'unreadable', ['33.3']],
      [warning.notUtf8('gb18030'), 'notUtf8', ['gb18030']],
      [warning.unknownCharset('x-"gbk"', 'gb18030'), 'unknownCharset', ['x-"gbk"', 'gb18030']],
      [warning.notSanitized('no window'), 'notSanitized', ['no window']],
      [warning.extractionFailed('boom: (x)'), 'extractionFailed', ['boom: (x)']],
      [warning.noIdf('HTTP 500'), 'noIdf', ['HTTP 500']],
      [warning.noWasm('CompileError: (wasm) refused'), 'noWasm', ['CompileError: (wasm) refused']],
    ];
    expect(new Set(cases.map(([, code]) => code))).toEqual(new Set(Object.keys(warning)));
    for (const [text, code, args] of cases) expect(readWarning(text), text).toEqual({ code, args });
  });

  it('keeps the texts the JSON copies and the command line have always carried', () => {
    expect(warning.pageFailed(3, 3, 'u', 'HTTP 404')).toBe('Could not read page 3 of 3 (u): HTTP 404.');
    expect(warning.onePageOnly(3, 1)).toBe('This article has 3 pages; only page 1 of 3 was read.');
  });

  it('reads no other text as a warning of its own, and no page total that disagrees with itself', () => {
    expect(readWarning('Something else went wrong.')).toBeNull();
    expect(readWarning(`${warning.emptyBody()} `)).toBeNull();
    expect(readWarning('This article has 3 pages; only page 1 of 4 was read.')).toBeNull();
  });
});
