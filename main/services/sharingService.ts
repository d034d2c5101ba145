import type { PacketResult, SectionPreview, ShareBasics, ShareExport, ShareProposal, ShareSelection } from '../../preload/contract';
import type { ServiceContext } from './context';

export function proposeShare(_context: ServiceContext, _basics: ShareBasics): ShareProposal {
  throw new Error('export wizard: built in issue 7');
}

export function previewShare(_context: ServiceContext, _selection: ShareSelection): Promise<SectionPreview[]> {
  throw new Error('export wizard: built in issue 7');
}

export function exportShare(_context: ServiceContext, _request: ShareExport): Promise<PacketResult> {
  throw new Error('export wizard: built in issue 7');
}
