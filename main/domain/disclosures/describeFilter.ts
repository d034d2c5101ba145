import { disclosureDocumentLabels, type DisclosureFilter } from '../../../preload/contract';

/** The filter in the access log's words: "van 2026-11-01 t/m 2026-11-23, Casussamenvatting". */
export function describeDisclosureFilter(filter: DisclosureFilter): string {
  const days = [filter.from ? `van ${filter.from}` : '', filter.to ? `t/m ${filter.to}` : ''].filter(Boolean).join(' ');
  const parts = [days, filter.document ? disclosureDocumentLabels[filter.document] : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'zonder filter';
}
