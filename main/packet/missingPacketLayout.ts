import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { sectionContent, type PacketSection } from './packetBlocks';
import type { MissingPacketData } from './packetData';
import { formatInstant, joined } from './packetFormat';
import { policeNetwork } from './policeNetwork';
import { contactsSection, onCallSection, safetyPlanSection } from './packetSections/contactSections';
import { lastSeenSection, policeSection, previousEpisodesSection } from './packetSections/episodeSections';
import { otherNetworkSection, personsOfConcernSection, placesSection } from './packetSections/networkSections';
import { photoSize, portraitBlock, portraitImage, type PortraitUse } from './packetSections/portraitBlock';
import { legalSection, medicalSection, titleBlock, urgencySection } from './packetSections/urgentSections';
import { descriptionSection, documentsSection, marksSection, personalSection, phoneSection, socialMediaSection, vulnerabilitySection } from './packetSections/youthSections';

export interface PacketLayout {
  definition: TDocumentDefinitions;
  /** The headings that hold data, for the disclosure record: what actually left the app. */
  categories: string[];
}

const red = '#b00000';
/**
 * Regular and Medium only: pdfkit parses every font a document uses anew (about 50 ms each), so
 * an italic face would cost a third more time for nothing the police need.
 */
const styles: StyleDictionary = {
  title: { fontSize: 17, bold: true },
  missingSince: { fontSize: 15, bold: true, color: red, margin: [0, 2, 0, 0] },
  callLine: { fontSize: 11, bold: true, color: '#ffffff', fillColor: red, margin: [6, 4, 6, 4] },
  heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  subheading: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
  label: { bold: true, color: '#333333' },
  empty: { color: '#666666' },
  warning: { bold: true, color: red, margin: [0, 2, 0, 4] },
  caption: { margin: [0, 2, 0, 0] },
  noPhoto: { fontSize: 13, bold: true, color: red, alignment: 'center', margin: [4, 50, 4, 4] },
  pageEdge: { fontSize: 8, color: '#333333' },
};

/**
 * The police packet (domain.md §5) as a pdfmake document: what is urgent first (since when, whom
 * to call, legal title, urgency criteria with their evidence, medical needs), the photo beside the
 * personal details, then everything kept current in the file and the episode so far. Pure: the
 * same data gives the same document.
 */
export function missingPacketLayout(data: MissingPacketData, portraitUse: PortraitUse = 'embed'): PacketLayout {
  const network = policeNetwork(data.network);
  const urgent = [legalSection(data.profile), urgencySection(data.episode), medicalSection(data.profile)];
  const besidePhoto = [personalSection(data), descriptionSection(data.profile)];
  const rest: PacketSection[] = [
    marksSection(data.profile),
    lastSeenSection(data.episode),
    vulnerabilitySection(data.profile),
    phoneSection(data.profile),
    socialMediaSection(data.profile),
    documentsSection(data.profile),
    placesSection(network.places),
    personsOfConcernSection(network.personsOfConcern),
    otherNetworkSection(network, data.network),
    previousEpisodesSection(data.previousEpisodes),
    contactsSection(data.profile),
    onCallSection(data),
    safetyPlanSection(data.safetyPlan),
    policeSection(data.episode),
  ];
  const embedsPhoto = data.portrait !== null && portraitUse === 'embed';
  const content: Content[] = [
    ...titleBlock(data),
    ...urgent.map(sectionContent),
    { columns: [{ width: photoSize.width + 15, stack: portraitBlock(data, portraitUse) }, { width: '*', stack: besidePhoto.map(sectionContent) }], columnGap: 10 },
    ...rest.map(sectionContent),
  ];
  const youthName = joined([data.youth.firstName, data.youth.lastName], ' ');
  const printed = `Afgedrukt op ${formatInstant(data.printedAt)} door ${data.printedBy}`;
  return {
    definition: {
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 50],
      info: { title: `Vermissing ${youthName}`, subject: 'Vertrouwelijk: informatie voor de politie', creator: 'Waakzaam', producer: 'Waakzaam', creationDate: new Date(data.printedAt) },
      header: () => ({
        columns: [{ text: 'Vertrouwelijk: informatie voor de politie', bold: true }, { text: youthName, alignment: 'right', bold: true }],
        style: 'pageEdge',
        margin: [40, 25, 40, 0],
      }),
      footer: (currentPage, pageCount) => ({
        columns: [{ text: `${printed}. Vertrouwelijk.` }, { text: `Pagina ${currentPage} van ${pageCount}`, alignment: 'right', width: 90 }],
        style: 'pageEdge',
        margin: [40, 15, 40, 0],
      }),
      content,
      ...(embedsPhoto && data.portrait ? { images: { [portraitImage]: `data:image/jpeg;base64,${data.portrait.jpeg.toString('base64')}` } } : {}),
      styles,
      defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    },
    categories: [...(embedsPhoto ? ['Foto'] : []), ...[...urgent, ...besidePhoto, ...rest].filter((section) => section.filled).map((section) => section.heading)],
  };
}
