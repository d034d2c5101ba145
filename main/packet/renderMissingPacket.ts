import type { Logger } from '../logging/logger';
import { missingPacketLayout } from './missingPacketLayout';
import type { MissingPacketData } from './packetData';
import { renderPdf, type RenderedPdf } from './renderPdf';

export interface RenderedPacket extends RenderedPdf {
  categories: string[];
}

/**
 * The packet always prints: a stored photo pdfmake cannot read (it throws) is left out, and the
 * packet says so where the photo would be, rather than the police getting nothing.
 */
export async function renderMissingPacket(data: MissingPacketData, logger: Logger): Promise<RenderedPacket> {
  const layout = missingPacketLayout(data);
  try {
    return { ...(await renderPdf(layout.definition)), categories: layout.categories };
  } catch (failure) {
    if (!data.portrait) throw failure;
    logger.error('police packet: the photo could not be embedded, made without it', failure);
    const withoutPhoto = missingPacketLayout(data, 'unreadable');
    return { ...(await renderPdf(withoutPhoto.definition)), categories: withoutPhoto.categories };
  }
}
