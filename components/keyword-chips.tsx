import type { Keyword } from '../utils/article';

export function KeywordChips(props: { keywords: Keyword[]; label: string }) {
  return (
    <ul class="chips" data-testid="keywords" aria-label={props.label}>
      {props.keywords.map((k) => (
        <li key={k.word} class="chip" title={k.score.toFixed(3)}>
          {k.word}
        </li>
      ))}
    </ul>
  );
}
