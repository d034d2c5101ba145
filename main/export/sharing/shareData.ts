import type { EpisodeSummary, LegalGround, MeldcodeCase, ShareTemplate, SignalView, YouthProfile } from '../../../preload/contract';
import type { PacketPortrait, ShareableNetwork } from '../../packet/packetData';

/** To whom, why and on which ground: printed at the top and in every page's footer. */
export interface ShareDisclosure {
  recipient: string;
  purpose: string;
  legalGround: LegalGround;
}

/**
 * Everything an export can print, read in one go before the PDF is made, so the layout is a pure
 * function of it. Sections the user did not choose are still gathered but never printed.
 */
export interface ShareData {
  template: ShareTemplate;
  madeAt: string;
  youth: { firstName: string; lastName: string; alias: string; dateOfBirth: string };
  profile: YouthProfile;
  portrait: PacketPortrait | null;
  /** Current signals (a corrected one as its correction), oldest first. */
  signals: SignalView[];
  /** Every missing episode of the youth, newest first. */
  episodes: EpisodeSummary[];
  /** Only what was released for sharing (shareWithPolice) and the links between it and the youth. */
  network: ShareableNetwork;
  /** The meldcode case the export is about, if any. */
  meldcodeCase: MeldcodeCase | null;
}
