import { describe, expect, it } from 'vitest';
import { graphFingerprint, graphImageState } from '../../main/domain/network/graphFingerprint';
import type { DrawnGraph, NetworkContent, NetworkEntity, NetworkLink } from '../../preload/contract';
import { drawnGraph } from '../../renderer/features/network/graph/drawnGraph';
import { buildGraph } from '../../renderer/features/network/graph/graphModel';

function entity(id: string, extra: Partial<NetworkEntity> = {}): NetworkEntity {
  return {
    id,
    youthId: 'y',
    kind: 'person',
    label: id,
    details: { kind: 'person', role: 'friend', name: id, alias: '', description: '' },
    source: 'Mentor',
    observedOn: '',
    notes: '',
    atRisk: false,
    shareWithPolice: false,
    position: { x: 0, y: -250 },
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

function link(id: string, extra: Partial<NetworkLink> = {}): NetworkLink {
  return { id, youthId: 'y', fromId: null, toId: 'sem', type: 'friendship', rating: 'neutral', source: 'Mentor', observedOn: '', notes: '', updatedAt: '2026-11-20T10:00:00.000Z', ...extra };
}

const network: NetworkContent = { entities: [entity('sem'), entity('oma', { position: { x: 200, y: 0 } })], links: [link('l1'), link('l2', { fromId: 'sem', toId: 'oma' })] };

describe('the fingerprint of the network a graph image shows', () => {
  it('is the same for the same network in another order', () => {
    const reordered: NetworkContent = { entities: [...network.entities].reverse(), links: [...network.links].reverse() };
    expect(graphFingerprint(reordered)).toBe(graphFingerprint(network));
    expect(graphFingerprint(network)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when an entity or link is added, removed or changed, or an entity is moved', () => {
    const changes: NetworkContent[] = [
      { ...network, entities: [...network.entities, entity('jan')] },
      { ...network, entities: network.entities.slice(1) },
      { ...network, links: network.links.slice(1) },
      { ...network, links: [...network.links, link('l3')] },
      { ...network, entities: [entity('sem', { updatedAt: '2026-11-21T10:00:00.000Z' }), network.entities[1]!] },
      { ...network, entities: [entity('sem', { position: { x: 0, y: -251 } }), network.entities[1]!] },
      { ...network, links: [link('l1', { updatedAt: '2026-11-21T10:00:00.000Z' }), network.links[1]!] },
    ];
    const prints = new Set([network, ...changes].map(graphFingerprint));
    expect(prints.size).toBe(changes.length + 1);
  });

  it('is the same for the graph as drawn (ids, changes and spots only) as for the network it shows', () => {
    const drawn: DrawnGraph = {
      entities: [
        { id: 'oma', updatedAt: '2026-11-20T10:00:00.000Z', position: { x: 200, y: 0 } },
        { id: 'sem', updatedAt: '2026-11-20T10:00:00.000Z', position: { x: 0, y: -250 } },
      ],
      links: [
        { id: 'l2', updatedAt: '2026-11-20T10:00:00.000Z' },
        { id: 'l1', updatedAt: '2026-11-20T10:00:00.000Z' },
      ],
    };
    expect(graphFingerprint(drawn)).toBe(graphFingerprint(network));
    const movedHere = { ...drawn, entities: [drawn.entities[0]!, { ...drawn.entities[1]!, position: { x: 0, y: -190 } }] };
    expect(graphFingerprint(movedHere)).not.toBe(graphFingerprint(network));
    expect(graphFingerprint({ ...drawn, links: drawn.links.slice(1) })).not.toBe(graphFingerprint(network));
  });

  it('is the same for what the graph view draws of the network, until a node is moved there', () => {
    const { nodes, edges } = buildGraph(network, 'Anouk');
    expect(graphFingerprint(drawnGraph(nodes, edges))).toBe(graphFingerprint(network));
    const moved = nodes.map((node) => (node.id === 'oma' ? { ...node, position: { x: 260, y: 0 } } : node));
    expect(graphFingerprint(drawnGraph(moved, edges))).not.toBe(graphFingerprint(network));
  });

  it('tells whether a stored image still shows the network, and that there is none', () => {
    const stored = { savedAt: '2026-11-20T11:00:00.000Z', fingerprint: graphFingerprint(network) };
    expect(graphImageState(stored, network)).toEqual({ savedAt: stored.savedAt, upToDate: true });
    expect(graphImageState(stored, { ...network, links: [] })).toEqual({ savedAt: stored.savedAt, upToDate: false });
    expect(graphImageState(undefined, network)).toBeNull();
  });
});
