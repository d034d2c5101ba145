import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  type FilterFn,
  type SortFn,
} from '@tanstack/react-table';
import type { Youth } from '../../../preload/contract';
import { compareDutch, nameMatches, surnameSortKey } from './dutchNames';
import { formatDutchDate } from './youthDates';

/** A youth as the list shows it: the age is worked out once per load, not per render. */
export type YouthRow = Youth & { age: number };

export const youthTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});

type Features = typeof youthTableFeatures;

const byDutchText: SortFn<Features, YouthRow> = (a, b, columnId) =>
  compareDutch(a.getValue<string>(columnId), b.getValue<string>(columnId));

const bySurname: SortFn<Features, YouthRow> = (a, b) =>
  compareDutch(surnameSortKey(a.original.lastName), surnameSortKey(b.original.lastName)) ||
  compareDutch(a.original.firstName, b.original.firstName);

/** The search box matches the whole name and the roepnaam, so it reads the row instead of one column's value. */
export const matchesNameQuery: FilterFn<Features, YouthRow> = (row, _columnId, query: string) =>
  nameMatches([row.original.firstName, row.original.lastName, row.original.alias], query);

/** The name filter looks at the whole row, so one participating column is enough. */
export const nameFilterColumnId = 'lastName';

const helper = createColumnHelper<Features, YouthRow>();

export const youthColumns = helper.columns([
  helper.accessor('lastName', { header: 'Achternaam', sortFn: bySurname }),
  helper.accessor('firstName', { header: 'Voornaam', sortFn: byDutchText }),
  helper.accessor('alias', { header: 'Roepnaam/bijnaam', sortFn: byDutchText }),
  helper.accessor('dateOfBirth', {
    header: 'Geboortedatum',
    // ISO dates sort correctly as text; only the display is Dutch.
    sortFn: 'basic',
    cell: (info) => formatDutchDate(info.getValue()),
  }),
  helper.accessor('age', { header: 'Leeftijd', sortFn: 'basic' }),
  helper.accessor('locationName', { header: 'Locatie/groep', sortFn: byDutchText }),
]);
