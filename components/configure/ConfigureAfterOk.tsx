// After OK, the configuration continues in the panel for the connection just saved.
import { useMemo } from 'preact/hooks';
import { mappingModelFor, mappingPortForPage } from '../../lib/configure/port';
import type { Lang } from '../../lib/i18n/lang';
import { MappingsStep } from './MappingsStep';

export function ConfigureAfterOk({ erpConnectionId, lang }: { erpConnectionId: number; lang: Lang }) {
  const port = useMemo(() => mappingPortForPage(document, lang), [lang]);
  if (!port) return null;
  const m = mappingModelFor(erpConnectionId);
  return <MappingsStep model={m.mappings} port={port.mappings} lang={lang} lists={{ model: m.lists, port: port.lists }} order={{ order: port.order, crm: port.crm, priority: m.priority }} defaults={port.defaults} />;
}
