import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { legalGroundLabels, shareSectionLabels, shareSections, shareTemplateLabels, type ShareSection } from '../../../preload/contract';
import { fieldsSection, sectionContent } from '../../packet/packetBlocks';
import { formatInstant, joined } from '../../packet/packetFormat';
import { portraitImage } from '../../packet/packetSections/portraitBlock';
import { confidentialDocument } from '../confidentialDocument';
import type { ShareData, ShareDisclosure } from './shareData';
import { caseHeadingSection, shareSection } from './shareSections';

export interface ShareLayout {
  definition: TDocumentDefinitions;
  /** The chosen sections' headings, in print order, for the disclosure register. */
  categories: string[];
}

/** The chosen sections in the order the PDF prints them, whatever order they were ticked in. */
export const inPrintOrder = (chosen: readonly ShareSection[]) => shareSections.filter((section) => chosen.includes(section));

/**
 * An export as the wizard made it: a title with the youth's name, to whom, why and on which ground,
 * the case it is about, then only the chosen sections. Pure: the same data gives the same document.
 */
export function shareLayout(data: ShareData, chosen: readonly ShareSection[], disclosed: ShareDisclosure & { by: string }): ShareLayout {
  const sections = inPrintOrder(chosen);
  const youthName = joined([data.youth.firstName, data.youth.lastName], ' ');
  const kind = shareTemplateLabels[data.template];
  const disclosure = fieldsSection('Verstrekking', [
    ['Ontvanger', disclosed.recipient],
    ['Doel', disclosed.purpose],
    ['Grondslag', legalGroundLabels[disclosed.legalGround]],
    ['Gemaakt', `${formatInstant(data.madeAt)} door ${disclosed.by}`],
  ]);
  const content: Content[] = [
    { text: `${kind}: ${youthName}`, style: 'title' },
    sectionContent(disclosure),
    ...(data.meldcodeCase === null ? [] : [sectionContent(caseHeadingSection(data.meldcodeCase))]),
    ...sections.map((id) => sectionContent(shareSection(id, data))),
  ];
  const definition = confidentialDocument({ kind, about: youthName, recipient: disclosed.recipient, legalGround: disclosed.legalGround, madeAt: data.madeAt, content });
  const photo = sections.includes('photo') && data.portrait ? { images: { [portraitImage]: `data:image/jpeg;base64,${data.portrait.jpeg.toString('base64')}` } } : {};
  return { definition: { ...definition, ...photo }, categories: sections.map((id) => shareSectionLabels[id]) };
}
