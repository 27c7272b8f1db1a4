import browser from 'webextension-polyfill';

export type Translate = (key: string, substitutions?: string[]) => string;

/** UI strings from `_locales/`; the key itself if a string is missing, so gaps are visible. */
export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
