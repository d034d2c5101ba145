import { describe, expect, it } from 'vitest';
import type { ShareProposal } from '../../preload/contract';
import { applyProposal, checkUpTo, startingDraft, withSection, type ShareDraft } from '../../renderer/features/sharing/shareDraft';

const veiligThuis: ShareProposal = {
  recipient: 'veiligThuis',
  purpose: 'Melding van een vermoeden van uitbuiting',
  legalGround: 'meldrecht',
  sections: [
    { id: 'personalia', proposed: true, available: true, nature: 'fact', reason: 'Wie het betreft.' },
    { id: 'facts', proposed: true, available: true, nature: 'fact', reason: 'Wat vaststaat.' },
    { id: 'interpretations', proposed: false, available: true, nature: 'interpretation', reason: 'Interpretaties staan uit.' },
    { id: 'decision', proposed: true, available: false, nature: 'fact', reason: 'Geen casus gekozen.' },
  ],
  cases: [{ id: 'case-1', title: 'Oudere vriend', closed: false }],
};

const caseSummary: ShareProposal = { ...veiligThuis, recipient: 'other', purpose: 'Overdracht', legalGround: null, sections: veiligThuis.sections.map((section) => ({ ...section, available: true })) };

const filled = (patch: Partial<ShareDraft> = {}): ShareDraft => ({ ...applyProposal(startingDraft('veiligThuisReport', null), null, veiligThuis), ...patch });

describe('the share draft', () => {
  it('takes recipient, purpose, ground and the proposed sections that are available from the first proposal', () => {
    expect(filled()).toEqual({
      template: 'veiligThuisReport',
      caseId: '',
      recipient: 'veiligThuis',
      recipientName: '',
      purpose: 'Melding van een vermoeden van uitbuiting',
      legalGround: 'meldrecht',
      sections: ['personalia', 'facts'],
    });
  });

  it('follows a new proposal only where the user left the earlier one as it was; the sections start afresh', () => {
    const edited = filled({ purpose: 'Eigen doel', sections: ['personalia', 'interpretations'], template: 'caseSummary', caseId: 'case-1' });
    expect(applyProposal(edited, veiligThuis, caseSummary)).toMatchObject({ recipient: 'other', purpose: 'Eigen doel', legalGround: '', sections: ['personalia', 'facts', 'decision'] });
    const ownGround = filled({ legalGround: 'vitalInterest' });
    expect(applyProposal(ownGround, veiligThuis, caseSummary).legalGround).toBe('vitalInterest');
  });

  it('keeps the sections in the order they print, whatever order they were ticked in', () => {
    expect(withSection(['facts'], 'personalia', true)).toEqual(['personalia', 'facts']);
    expect(withSection(['personalia', 'facts'], 'personalia', false)).toEqual(['facts']);
  });

  it('checks only what was asked up to the step, and names the first step with a message', () => {
    const noSections = filled({ sections: [], purpose: '' });
    expect(checkUpTo('y-1', noSections, 1)).toMatchObject({ firstStep: 1, errors: { purpose: 'Schrijf op waarvoor de ontvanger deze gegevens nodig heeft.' } });
    expect(checkUpTo('y-1', { ...noSections, purpose: 'Melding doen' }, 1)).toMatchObject({ firstStep: null, errors: {} });
    expect(checkUpTo('y-1', { ...noSections, purpose: 'Melding doen' }, 2)).toMatchObject({ firstStep: 2, errors: { sections: 'Kies minstens één onderdeel om te verstrekken.' } });
  });

  it('asks for the other recipient’s name, and for the case of a case summary', () => {
    expect(checkUpTo('y-1', filled({ recipient: 'other' }), 1).errors).toEqual({ recipientName: 'Vul in aan wie je de gegevens geeft.' });
    expect(checkUpTo('y-1', filled({ template: 'caseSummary' }), 1).errors).toEqual({ caseId: 'Kies de meldcodecasus: de casussamenvatting gaat over één casus.' });
    expect(checkUpTo('y-1', filled({ sections: ['decision'] }), 2).errors).toEqual({ caseId: 'Kies eerst de meldcodecasus: de meldcode-onderdelen komen uit een casus.' });
  });

  it('shows the rules across fields together with the other messages, not one after the other', () => {
    expect(checkUpTo('y-1', filled({ recipient: 'other', legalGround: '', purpose: '' }), 1).errors).toEqual({
      recipientName: 'Vul in aan wie je de gegevens geeft.',
      legalGround: 'Kies de grondslag voor deze verstrekking.',
      purpose: 'Schrijf op waarvoor de ontvanger deze gegevens nodig heeft.',
    });
  });

  it('gives the request as main takes it once everything is answered', () => {
    expect(checkUpTo('y-1', filled({ caseId: 'case-1' }), 3).request).toEqual({
      youthId: 'y-1',
      caseId: 'case-1',
      template: 'veiligThuisReport',
      sections: ['personalia', 'facts'],
      recipient: 'veiligThuis',
      recipientName: '',
      purpose: 'Melding van een vermoeden van uitbuiting',
      legalGround: 'meldrecht',
      output: 'save',
    });
  });
});
