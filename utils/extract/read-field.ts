import type { FieldSelector } from './templates/page-template';

/** Text or attribute value of what the selector points at, when exactly one element has some (Mercury's rule). */
function soleValue(root: ParentNode, selector: FieldSelector): string | null {
  const [css, attribute] = typeof selector === 'string' ? [selector, null] : selector;
  let found: string | null = null;
  let elements: NodeListOf<Element>;
  try {
    elements = root.querySelectorAll(css);
  } catch {
    return null; // A selector this DOM cannot parse is a template bug, not a reason to fail the page.
  }
  for (const el of Array.from(elements)) {
    const value = attribute ? el.getAttribute(attribute) : el.textContent;
    if (!value?.trim()) continue;
    if (found !== null) return null;
    found = value;
  }
  return found;
}

/** The first selector in the list whose sole value the parser accepts. */
export function readField<T>(
  root: ParentNode,
  selectors: readonly FieldSelector[] | null | undefined,
  parse: (text: string) => T | null,
): T | null {
  for (const selector of selectors ?? []) {
    const text = soleValue(root, selector);
    if (text === null) continue;
    const value = parse(text);
    if (value !== null) return value;
  }
  return null;
}
