/**
 * YAML values for front matter, written as double-quoted scalars. Every escape used here is also a JSON escape, so a
 * value reads back with `JSON.parse` as well as with any YAML 1.1 or 1.2 parser.
 */

const SIMPLE_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// Outside YAML's printable set, or a line break to YAML 1.1 (NEL, LS, PS), or invisible in an editor (BOM).
function needsUnicodeEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff
  );
}

export function yamlString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (SIMPLE_ESCAPES[ch]) out += SIMPLE_ESCAPES[ch];
    else if (needsUnicodeEscape(code)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    // A lone surrogate is not a character; neither YAML nor UTF-8 can carry it.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

/** `null`, a quoted string, or a flow sequence of quoted strings. */
export function yamlValue(value: string | string[] | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(yamlString).join(', ')}]`;
  return yamlString(value);
}
