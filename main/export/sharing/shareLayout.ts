import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { legalGroundLabels, needsCase, shareSectionLabels, shareSections, shareTemplateLabels, type ShareSection } from '../../../preload/contract';
import { fieldsSection, sectionContent } from '../../packet/packetBlocks';
import { formatInstant, joined } from '../../packet/packetFormat';
import { portraitImage } from '../../packet/packetSections/portraitBlock';
import { confidentialDocument } from '../confidentialDocument';
import type { ShareData, ShareDisclosure } from './shareData';
import { caseHeadingSection, shareSection } from './shareSections';

export interface ShareLayout {
  definition: TDocumentDefinitions;
  /** The printed sections' headings, in print order, for the disclosure register. */
  categories: string[];
}

/** The chosen sections in the order the PDF prints them, whatever order they were ticked in. */
export const inPrintOrder = (chosen: readonly ShareSection[]) => shareSections.filter((section) => chosen.includes(section));

/**
 * An export as the wizard made it: a title with the youth's name, to whom, why and on which ground,
 * then only the chosen sections, led by the case they come from when any comes from a case. Pure:
 * the same data gives the same document.
 */
export function shareLayout(data: ShareData, chosen: readonly ShareSection[], disclosed: ShareDisclosure & { by: string }): ShareLayout {
  const sections = inPrintOrder(chosen);
  const youthName = joined([data.youth.firstName, data.youth.lastName], ' ');
  const kind = shareTemplateLabels[data.template];
  const caseBlock = data.meldcodeCase !== null && sections.some(needsCase) ? caseHeadingSection(data.meldcodeCase) : null;
  const disclosure = fieldsSection('Verstrekking', [
    ['Ontvanger', disclosed.recipient],
    ['Doel', disclosed.purpose],
    ['Grondslag', legalGroundLabels[disclosed.legalGround]],
    ['Gemaakt', `${formatInstant(data.madeAt)} door ${disclosed.by}`],
  ]);
  const content: Content[] = [
    { text: `${kind}: ${youthName}`, style: 'title' },
    sectionContent(disclosure),
    ...(caseBlock === null ? [] : [sectionContent(caseBlock)]),
    ...sections.map((id) => sectionContent(shareSection(id, data))),
  ];
  const definition = confidentialDocument({ kind, about: youthName, recipient: disclosed.recipient, legalGround: disclosed.legalGround, madeAt: data.madeAt, content });
  const photo = sections.includes('photo') && data.portrait ? { images: { [portraitImage]: `data:image/jpeg;base64,${data.portrait.jpeg.toString('base64')}` } } : {};
  return { definition: { ...definition, ...photo }, categories: [...(caseBlock === null ? [] : [caseBlock.heading]), ...sections.map((id) => shareSectionLabels[id])] };
}
