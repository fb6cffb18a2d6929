/**
 * The top of the popup's article card, shared by the card itself and by the preview shown while the tab's state is
 * still being read. utils/popup-preview.ts paints the same markup before Preact loads (a unit test compares them),
 * so Preact takes those nodes over without a flash.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { PopupPreview } from '../../utils/popup-preview';
import { t } from '../../utils/i18n';

export function CardHead(props: { title: string; meta: string; category: string }) {
  // A User Timing mark as soon as the title is in the DOM: the browser suite reports how soon a reader sees it.
  useLayoutEffect(() => void performance.mark('popup:title'), []);
  return (
    <>
      <h1 data-testid="title">{props.title}</h1>
      <p class="meta" data-testid="meta">
        {props.meta}
      </p>
      {props.category && <p class="category">{props.category}</p>}
    </>
  );
}

export function AnalysisSkeleton() {
  return (
    <div class="skeleton" aria-label={t('popupAnalysing')}>
      <span />
      <span />
      <span class="short" />
    </div>
  );
}

/** The card's head and a skeleton for the analysis: what the popup knows from its address alone. */
export function PreviewCard({ preview }: { preview: PopupPreview }) {
  return (
    <article class="card" lang={preview.lang}>
      <CardHead title={preview.title} meta={preview.meta} category={preview.category} />
      <section class="analysis" aria-live="polite">
        <AnalysisSkeleton />
      </section>
    </article>
  );
}
