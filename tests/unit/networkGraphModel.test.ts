import { describe, expect, it } from 'vitest';
import type { EntityDetails, NetworkContent, NetworkEntity, NetworkLink } from '../../preload/contract';
import { buildGraph, youthNodeId } from '../../renderer/features/network/graph/graphModel';

let next = 0;
function entity(label: string, extra: Partial<NetworkEntity> = {}, details?: EntityDetails): NetworkEntity {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    youthId: 'y',
    kind: details?.kind ?? 'person',
    label,
    details: details ?? { kind: 'person', role: 'friend', name: label, alias: '', description: '' },
    source: 'Mentor',
    observedOn: '',
    notes: '',
    atRisk: false,
    shareWithPolice: false,
    position: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

function link(fromId: string | null, toId: string | null, extra: Partial<NetworkLink> = {}): NetworkLink {
  next += 1;
  return { id: `link-${next}`, youthId: 'y', fromId, toId, type: 'friendship', rating: 'neutral', source: 'Mentor', observedOn: '', notes: '', updatedAt: '', ...extra };
}

describe('buildGraph: nodes and edges with accessible names', () => {
  const jan = entity('Jan', { atRisk: true }, { kind: 'person', role: 'suspectedExploiter', name: 'Jan', alias: '', description: '' });
  const scooter = entity('AB-123-C', { shareWithPolice: true }, { kind: 'vehicle', vehicleType: 'scooter', plate: 'AB-123-C', make: 'Piaggio', colour: 'rood' });
  const oma = entity('Oma Bep');
  const network: NetworkContent = {
    entities: [jan, scooter, oma],
    links: [
      link(null, jan.id, { type: 'romantic', rating: 'danger' }),
      link(jan.id, scooter.id, { type: 'usesVehicle', rating: 'worrying' }),
      link(null, oma.id, { type: 'family', rating: 'protective' }),
      link(jan.id, 'an-entity-deleted-meanwhile', { type: 'recruits', rating: 'danger' }),
    ],
  };
  const { nodes, edges } = buildGraph(network, 'Ilse Akkerman');

  it('puts the youth fixed in the centre and names every node with its kind, role and flags', () => {
    expect(nodes[0]).toMatchObject({ id: youthNodeId, position: { x: 0, y: 0 }, draggable: false, ariaLabel: 'Jongere: Ilse Akkerman, 2 verbanden' });
    expect(nodes.find((node) => node.id === jan.id)?.ariaLabel).toBe(
      'Persoon: Jan, Vermoedelijke uitbuiter / ronselaar, loopt mogelijk zelf risico, 2 verbanden',
    );
    expect(nodes.find((node) => node.id === scooter.id)?.ariaLabel).toBe(
      'Voertuig: AB-123-C, Scooter, Piaggio, rood, mag gedeeld worden met de politie, 1 verband',
    );
  });

  it('draws links from the youth, between entities, with direction only where a link has one, and skips a broken link', () => {
    expect(edges.map((edge) => edge.ariaLabel)).toEqual([
      'Verband Relatie / verliefd, gevaar: tussen Ilse Akkerman en Jan',
      'Verband Gebruikt voertuig, zorgelijk: van Jan naar AB-123-C',
      'Verband Familie, beschermend: tussen Ilse Akkerman en Oma Bep',
    ]);
    expect(edges[0]).toMatchObject({ source: youthNodeId, target: jan.id, data: { rating: 'danger', directed: false, bend: 0 } });
    expect(edges[1]).toMatchObject({ source: jan.id, target: scooter.id, data: { directed: true, typeLabel: 'Gebruikt voertuig' } });
  });

  it('draws a link that points at the youth into the youth node, with the arrow at the youth', () => {
    const recruiter = entity('Jan');
    const friend = entity('Sem');
    const { nodes: intoYouth, edges: toYouth } = buildGraph(
      { entities: [recruiter, friend], links: [link(recruiter.id, null, { type: 'recruits', rating: 'danger' }), link(null, friend.id)] },
      'Anouk',
    );
    expect(toYouth[0]).toMatchObject({ source: recruiter.id, target: youthNodeId, data: { directed: true }, ariaLabel: 'Verband Ronselt, gevaar: van Jan naar Anouk' });
    expect(toYouth[1]).toMatchObject({ source: youthNodeId, target: friend.id });
    expect(intoYouth[0]!.ariaLabel).toBe('Jongere: Anouk, 2 verbanden');
  });

  it('keeps links between the youth and one entity apart whichever way they point', () => {
    const jan = entity('Jan');
    const { edges: both } = buildGraph({ entities: [jan], links: [link(jan.id, null, { type: 'recruits' }), link(null, jan.id, { type: 'debt' })] }, 'Anouk');
    const [into, out] = both.map((edge) => edge.data!.bend);
    expect(Math.abs(into!)).toBeGreaterThan(0);
    expect(out).toBe(into);
  });

  it('fans out several links between one pair, to opposite sides whichever way they point', () => {
    const a = entity('A');
    const b = entity('B');
    const pair = buildGraph({ entities: [a, b], links: [link(a.id, b.id), link(b.id, a.id)] }, 'Ilse');
    const [there, back] = pair.edges.map((edge) => edge.data!.bend);
    // Seen from A to B, one link bends left and the other right: B→A's bend is mirrored.
    expect(Math.abs(there!)).toBeGreaterThan(0);
    expect(back).toBe(there);
  });
});
