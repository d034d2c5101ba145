import type { ConsultationStep, MeldcodeCase, NetworkContent, SignalView, Youth, YouthProfile } from '../../../preload/contract';
import { legalGroundLabels, type LegalGround } from '../../../preload/contract/disclosures';
import { knownIdentifiers } from '../../domain/anonymise/knownIdentifiers';
import { networkRoles } from '../../domain/anonymise/networkRoles';
import { createRedactor, type Redactor } from '../../domain/anonymise/redaction';
import { dutchDay, formatInstant, yearsOld } from '../../packet/packetFormat';
import { listedField, textField, type ConsultationDocument, type ConsultationSection } from './consultationDocument';
import { networkSection, signalsSection, youthSection } from './caseSections';
import { consultationsSection, conversationSection, weighingSection } from './stepSections';

/** What the consultation is made from: the stored youth, its network and signals, and the case. */
export interface ConsultationSources {
  youth: Youth;
  profile: YouthProfile;
  network: NetworkContent;
  /** Every signal of the youth (their sources are identifiers too); the case picks its own. */
  signals: readonly SignalView[];
  meldcodeCase: MeldcodeCase;
  /** The organisation's locations and staff: naming either narrows the youth down. */
  locationNames: readonly string[];
  staffNames: readonly string[];
}

/** With whom, why and on which ground; the review shows what was typed so far, without a ground. */
export interface ConsultationDisclosure {
  recipient: string;
  purpose: string;
  legalGround: LegalGround | null;
}

export interface ConsultationRequest {
  step: ConsultationStep;
  extraTerms: readonly string[];
  madeAt: string;
  disclosure: ConsultationDisclosure;
}

const consultationTitle = (step: ConsultationStep) => `Anoniem overleg meldcode, stap ${step}`;

/** The user typed these for this export: they are redacted as any stored text, the footer's recipient too. */
function disclosurePart(redactor: Redactor, disclosure: ConsultationDisclosure, madeAt: string): ConsultationDocument['disclosure'] {
  const recipient = textField(redactor, 'Overleg met', disclosure.recipient);
  const section: ConsultationSection = {
    heading: 'Verstrekking',
    filled: true,
    paragraphs: [
      ...recipient,
      ...textField(redactor, 'Vraag', disclosure.purpose),
      ...listedField('Grondslag', disclosure.legalGround === null ? '' : legalGroundLabels[disclosure.legalGround]),
      ...listedField('Gemaakt', formatInstant(madeAt)),
    ],
  };
  return { section, recipient: (recipient[0]?.segments ?? []).map((segment) => segment.text).join('') };
}

/**
 * The anonymised consultation for step 2 (the case so far: signals, network, earlier
 * consultations and the conversation) or step 4 (the same, with the weighing). The youth is "de
 * jongere" with an age and a gender; its network is roles; every stored text is redacted of every
 * known identifier of the youth and its network, of what the user added, and of what looks like one.
 */
export function anonymisedConsultation(sources: ConsultationSources, request: ConsultationRequest): ConsultationDocument {
  const { youth, profile, network, signals, meldcodeCase, locationNames, staffNames } = sources;
  const roles = networkRoles(network.entities);
  const redactor = createRedactor(
    knownIdentifiers({
      youth,
      profile,
      entities: network.entities,
      roles,
      sourceNames: signals.map((signal) => signal.sourceName),
      locationNames,
      staffNames,
      extraTerms: request.extraTerms,
    }),
  );
  const linked = new Set(meldcodeCase.signals.signalIds);
  const caseSignals = signals.filter((signal) => linked.has(signal.id)).reverse();
  const disclosure = disclosurePart(redactor, request.disclosure, request.madeAt);
  const sections = [
    youthSection(redactor, { age: yearsOld(youth.dateOfBirth, dutchDay(request.madeAt)), profile, meldcodeCase }),
    signalsSection(redactor, caseSignals, meldcodeCase.signals.note),
    networkSection(redactor, network, roles),
    consultationsSection(redactor, meldcodeCase.consultations),
    conversationSection(redactor, meldcodeCase.conversation),
    ...(request.step === 4 ? [weighingSection(redactor, meldcodeCase.weighing)] : []),
  ];
  return { title: consultationTitle(request.step), disclosure, sections, redactions: redactor.redactions() };
}
