import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { convertText, highlightKeywords } from '../../../components/reader/transform-body';
import { canConvert, loadScriptConversion, scriptConverter } from '../../../utils/convert-script';

function body(html: string): HTMLElement {
  const doc = new JSDOM(`<body><div id="b">${html}</div></body>`).window.document;
  return doc.getElementById('b')!;
}

describe('reading-view body transforms', () => {
  // Runs first in this file, before anything has loaded the dictionaries.
  it('loads the 简/繁 dictionaries only on demand, and says so when asked too early', () => {
    expect(canConvert('Hans', 'Hans')).toBe(true);
    expect(canConvert('Hans', 'Hant')).toBe(false);
    expect(() => scriptConverter('Hans', 'Hant')).toThrow(/not loaded/);
  });

  it('marks every keyword occurrence, preferring the longer keyword', () => {
    const el = body('<p>海峡两岸交流，两岸同胞共同参与。</p><p><strong>两岸</strong>关系</p>');
    const n = highlightKeywords(el, ['两岸', '海峡两岸']);
    expect(n).toBe(3);
    expect(Array.from(el.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['海峡两岸', '两岸', '两岸']);
    expect(el.textContent).toBe('海峡两岸交流，两岸同胞共同参与。两岸关系');
  });

  it('treats keywords as text, never as patterns or markup', () => {
    const el = body('<p>a+b (c) <b>x</b></p>');
    expect(highlightKeywords(el, ['a+b', '(c)', '<b>'])).toBe(2);
    expect(el.querySelectorAll('b')).toHaveLength(1);
  });

  it('marks English keywords as whole words, in any case', () => {
    const el = body('<p>Oolong from Nantou sold out, organisers said. AI helps growers sort oolong.</p>');
    expect(highlightKeywords(el, ['oolong', 'AI', 'Nantou'])).toBe(4);
    expect(Array.from(el.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'Oolong',
      'Nantou',
      'AI',
      'oolong',
    ]);
  });

  it('converts simplified text to Taiwan traditional forms and back', async () => {
    await loadScriptConversion();
    const el = body('<p>干部下基层，了解群众需求。</p>');
    convertText(el, scriptConverter('Hans', 'Hant'));
    expect(el.textContent).toBe('幹部下基層，瞭解群眾需求。');
    convertText(el, scriptConverter('Hant', 'Hans'));
    expect(el.textContent).toBe('干部下基层，了解群众需求。');
  });
});
