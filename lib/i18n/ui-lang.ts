// Extension pages (popup, options, grant) speak the browser's language.
import { browser } from 'wxt/browser';
import { toLang, type Lang } from './lang';

export const uiLang = (): Lang => toLang(browser.i18n.getUILanguage()) ?? 'en';
