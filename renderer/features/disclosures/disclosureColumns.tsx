import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { disclosureDocumentLabels, disclosureOutputLabels, legalGroundLabels, type DisclosureEntry } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { StackedCell } from '../../components/StackedCell';
import { FileHash } from './FileHash';

/** Main returns the register newest first; the table shows it as it is. */
export const disclosureTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof disclosureTableFeatures, DisclosureEntry>();

const when = helper.accessor('disclosedAt', {
  id: 'when',
  header: 'Wanneer en door wie',
  cell: (info) => (
    <>
      <span className="cell-main cell-nowrap">{formatDateTime(info.getValue())}</span>
      <span className="cell-detail">{info.row.original.disclosedByName}</span>
    </>
  ),
});
const youth = helper.accessor('youthName', { id: 'youth', header: 'Jongere' });
const document = helper.accessor((entry) => disclosureDocumentLabels[entry.document], {
  id: 'document',
  header: 'Document en uitvoer',
  cell: (info) => <StackedCell main={info.getValue()} detail={disclosureOutputLabels[info.row.original.output]} />,
});
const recipient = helper.accessor('recipient', {
  id: 'recipient',
  header: 'Ontvanger',
  cell: (info) => <StackedCell main={info.getValue()} detail={info.row.original.recipientPerson || null} />,
});
const purpose = helper.accessor('purpose', {
  id: 'purpose',
  header: 'Doel en grondslag',
  cell: (info) => <StackedCell main={info.getValue()} detail={legalGroundLabels[info.row.original.legalGround]} />,
});
const sections = helper.accessor((entry) => entry.categories.join(', '), {
  id: 'sections',
  header: 'Onderdelen',
  cell: (info) => <span className="cell-text">{info.getValue() || '—'}</span>,
});
const hash = helper.accessor('sha256', { id: 'sha256', header: 'Bestand en SHA-256', cell: (info) => <FileHash sha256={info.getValue()} fileName={info.row.original.fileName} /> });

/** One youth's register: the youth is known, so it is left out. */
export const youthDisclosureColumns = helper.columns([when, document, recipient, purpose, sections, hash]);

/** The organisation's register, with the youth (a name for the aandachtsfunctionaris, a reference for the administrator). */
export const registerColumns = helper.columns([when, youth, document, recipient, purpose, sections, hash]);
