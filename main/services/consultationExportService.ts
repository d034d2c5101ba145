import type { ConsultationExport, ConsultationPreview, ConsultationSelection, PacketResult } from '../../preload/contract';
import type { ServiceContext } from './context';

export function previewConsultation(_context: ServiceContext, _selection: ConsultationSelection): ConsultationPreview {
  throw new Error('anonymised consultation: built in issue 7');
}

export function exportConsultation(_context: ServiceContext, _request: ConsultationExport): Promise<PacketResult> {
  throw new Error('anonymised consultation: built in issue 7');
}
