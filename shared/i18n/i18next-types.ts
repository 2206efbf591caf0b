import type { Catalogues } from './catalogues.ts';

// Keys are checked against the English catalogues: `t('customers:list.titel')` does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogues;
  }
}
