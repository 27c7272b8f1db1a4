import { h, render, type ComponentType } from 'preact';
import { translate } from '../../common/i18n';

/** Mounts an extension page's root component and localises the document itself. */
export function mountPage<P extends object>(Component: ComponentType<P>, props: P, titleKey: string): void {
  document.documentElement.lang = translate('@@ui_locale').replace('_', '-');
  document.documentElement.dir = translate('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = translate(titleKey);
  const root = document.getElementById('root');
  if (root) render(h(Component, props), root);
}
