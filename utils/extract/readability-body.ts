/**
 * The generic fallback for an article page without any TRS body (a layout nobody has seen): Mozilla Readability on a
 * clone of the document, because Readability rewrites the DOM it is given. Its output element is then cleaned and
 * written by the same code as a TRS body, so it is held to the same rules.
 */
import { Readability } from '@mozilla/readability';
import { extractBody, type PageBody } from './extract-body';

export interface ReadabilityResult extends PageBody {
  title: string | null;
  byline: string | null;
}

export function readabilityBody(doc: Document, baseUrl: string): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  // The serializer hands back the element itself: no HTML string to re-parse.
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const content = parsed?.content;
  if (!content || content.nodeType !== 1) return null;
  const body = extractBody(content as Element, null, baseUrl);
  if (!body.paragraphs.length) return null;
  return { ...body, title: parsed.title?.trim() || null, byline: parsed.byline?.trim() || null };
}
