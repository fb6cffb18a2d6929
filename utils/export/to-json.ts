/** The JSON copy: the Article object itself (the same shape the command line prints), indented for people. */
import type { Article } from '../article';

export function articleToJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
