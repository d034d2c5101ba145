import type { DisclosureEntry, DisclosureFilter } from '../../preload/contract';
import type { ServiceContext } from './context';

export function listYouthDisclosures(_context: ServiceContext, _youthId: string): DisclosureEntry[] {
  throw new Error('disclosure register: built in issue 7');
}

export function searchDisclosures(_context: ServiceContext, _filter: DisclosureFilter): DisclosureEntry[] {
  throw new Error('disclosure register: built in issue 7');
}

export function exportDisclosuresCsv(_context: ServiceContext, _filter: DisclosureFilter): { fileName: string; csv: string } {
  throw new Error('disclosure register: built in issue 7');
}
