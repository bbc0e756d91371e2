// "Configure" on a row of the existing-connections list: the configuration steps for that connection.
import { configureFromList } from '../../lib/configure/from-list';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

export const configureButtonId = (id: number) => `erp-configure-${id}`;

export function ConfigureButton({ id, name, lang }: { id: number; name: string; lang: Lang }) {
  const t = CONFIGURE_TEXTS[lang];
  return (
    <button type="button" id={configureButtonId(id)} aria-label={t.configureOne(name)} onClick={() => configureFromList(id, name)}>
      {t.configureRow}
    </button>
  );
}
