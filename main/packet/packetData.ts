import type { EpisodeSummary, MissingEpisode, NetworkEntity, NetworkLink, SafetyPlanContent, YouthProfile } from '../../preload/contract';

/** The newest portrait as stored: an already re-encoded JPEG, embedded as it is. */
export interface PacketPortrait {
  jpeg: Buffer;
  takenOn: string;
}

/** Only what may go to the police: entities marked shareWithPolice and the links between them and the youth. */
export interface ShareableNetwork {
  entities: NetworkEntity[];
  links: NetworkLink[];
  /** Entities left out because nobody released them for the police; the packet says how many. */
  withheldCount: number;
}

/**
 * Everything the police packet prints, gathered from the database before the PDF is made, so the
 * layout is a pure function of it and rendering never holds the database.
 */
export interface MissingPacketData {
  /** ISO instant. */
  printedAt: string;
  printedBy: string;
  youth: { firstName: string; lastName: string; alias: string; dateOfBirth: string };
  profile: YouthProfile;
  portrait: PacketPortrait | null;
  /** The active safety plan's content; null while the youth has none. */
  safetyPlan: SafetyPlanContent | null;
  network: ShareableNetwork;
  episode: MissingEpisode;
  /** The youth's episodes discovered before this one, newest first. */
  previousEpisodes: EpisodeSummary[];
  /** The facility's 24/7 contact from the settings; empty strings while not set. */
  onCall: { name: string; phone: string };
  locationName: string;
}
