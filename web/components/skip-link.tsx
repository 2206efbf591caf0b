import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the skip link lands: each layout gives its main region this id. */
export const mainContentId = 'main-content';

/**
 * The first thing a keyboard reaches on every page: it jumps past the header and navigation
 * to the page's own content. Hidden until focused. Focus is moved by hand, because changing the
 * address's #fragment would count as a navigation in the single-page app.
 */
export function SkipLink() {
  const { t } = useTranslation('app');
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const main = document.getElementById(mainContentId);
    main?.focus();
    main?.scrollIntoView();
  };
  return (
    <a href={`#${mainContentId}`} className="porter-skip-link" onClick={skip}>
      {t('skipLink')}
    </a>
  );
}
