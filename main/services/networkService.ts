import type { Db } from '../../db/client';
import type { ReportUnreadable } from '../../db/storedDocument';
import {
  deleteEntityRow,
  deleteLinks,
  entityOwners,
  findEntity,
  findLink,
  insertEntity,
  insertLink,
  linksTouching,
  listLinks,
  updateEntity,
  updateEntityPositions,
  updateLink,
  upsertGraphImage,
  type EntityRow,
} from '../../db/repositories/network';
import {
  confirmReplaceUnreadableMessage,
  type AccessObject,
  type DeleteEntity,
  type DrawnGraph,
  type GraphImageState,
  type Network,
  type NetworkEntity,
  type NetworkLink,
  type SaveEntity,
  type SaveLink,
  type YouthAccess,
} from '../../preload/contract';
import { entityLabel } from '../domain/network/entityLabel';
import { graphFingerprint, graphImageState } from '../domain/network/graphFingerprint';
import { firstFreeSlot } from '../domain/network/initialPositions';
import { entityEnds, linkEndProblem } from '../domain/network/linkEnds';
import { planRepoint } from '../domain/network/repointLinks';
import { AppError } from '../errors/AppError';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import type { AccessEvent } from './audit/recordAccess';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { networkMessages } from './networkMessages';
import { placedNetwork } from './placedNetwork';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

type EventBase = Pick<AccessEvent, 'objectType' | 'objectId' | 'youthId' | 'reason' | 'details'>;

/** The log entry's object and youth; work under emergency access carries its reason. */
function networkEvent(objectType: AccessObject, objectId: string, youthId: string, access: YouthAccess, details: string): EventBase {
  return { objectType, objectId, youthId, ...underAccess(access, details) };
}

function entityOfYouth(db: Db, id: string, youthId: string, report?: ReportUnreadable): NetworkEntity {
  const entity = findEntity(db, id, report);
  if (!entity || entity.youthId !== youthId) throw new AppError('NOT_FOUND', networkMessages.entityNotFound);
  return entity;
}

/** A refused call on the network itself (its look, layout or image) names the youth. */
const refusedOnNetwork = (objectType: 'network' | 'networkImage', youthId: string, attempt: string): RefusedAttempt => ({
  attempt,
  objectType,
  objectId: youthId,
  youthId,
});

/** A refused save names what it was to change; something new has only its youth. */
const refusedSave = (objectType: 'networkEntity' | 'networkLink', input: { id?: string; youthId: string }): RefusedAttempt => ({
  attempt: input.id ? 'wijzigen' : 'toevoegen',
  objectType,
  objectId: input.id ?? null,
  youthId: input.youthId,
});

/** A refused delete names the entity or link and its youth, when it still exists. */
const refusedDelete =
  (objectType: 'networkEntity' | 'networkLink', id: string) =>
  (db: Db): RefusedAttempt => {
    const part = objectType === 'networkEntity' ? findEntity(db, id) : findLink(db, id);
    return { attempt: 'verwijderen', objectType, objectId: id, youthId: part?.youthId ?? null };
  };

/**
 * The network as the graph and tables show it; the look is logged as a read of the network, and
 * a refused look (not one of the user's youths) as a refusal, like every refused change here.
 */
export function getNetworkOf(context: ServiceContext, youthId: string): Network {
  context.require('workWithYouths');
  return logRefusal(context, refusedOnNetwork('network', youthId, 'bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const network = placedNetwork(db, youthId, logUnreadableDocuments(context.config.logger));
      log({ action: 'read', ...networkEvent('network', youthId, youthId, access, `${network.entities.length} punten, ${network.links.length} verbanden`) });
      return network;
    }),
  );
}

function entityRow(input: SaveEntity): EntityRow {
  return {
    label: entityLabel(input.details),
    details: input.details,
    source: input.source,
    observedOn: input.observedOn,
    notes: input.notes,
    atRisk: input.atRisk,
    shareWithPolice: input.shareWithPolice,
  };
}

/** The names of what changed, for the log: no content, which may be sensitive. */
function changedEntityFields(before: NetworkEntity, after: EntityRow): string[] {
  const detailKeys = new Set([...Object.keys(before.details), ...Object.keys(after.details)]);
  const details = [...detailKeys].filter(
    (key) => (before.details as Record<string, unknown>)[key] !== (after.details as Record<string, unknown>)[key],
  );
  const common = (['source', 'observedOn', 'notes', 'atRisk', 'shareWithPolice'] as const).filter((key) => before[key] !== after[key]);
  return [...details, ...common];
}

/** The entity as stored, and whether its details were unreadable (read as the label alone; logged). */
function storedEntity(context: ServiceContext, db: Db, id: string, youthId: string): { entity: NetworkEntity; detailsUnreadable: boolean } {
  const logUnreadable = logUnreadableDocuments(context.config.logger);
  let detailsUnreadable = false;
  const entity = entityOfYouth(db, id, youthId, (unreadable) => {
    detailsUnreadable = true;
    logUnreadable(unreadable);
  });
  return { entity, detailsUnreadable };
}

/** Adds an entity or changes one; a new entity without a position gets the first free spot of its kind. */
export function saveEntity(context: ServiceContext, input: SaveEntity): NetworkEntity {
  context.require('workWithYouths');
  return logRefusal(context, refusedSave('networkEntity', input), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      const row = entityRow(input);
      let id: string;
      if (input.id) {
        const { entity: before, detailsUnreadable } = storedEntity(context, db, input.id, input.youthId);
        // Its details show as the label alone: saved unasked, the rest of what was stored would go.
        if (detailsUnreadable && !input.replaceUnreadable) {
          throw new AppError('CONFLICT', networkMessages.unreadableDetailsNotReplaced, { replaceUnreadable: confirmReplaceUnreadableMessage });
        }
        id = input.id;
        updateEntity(db, id, row, input.position, context.nowIso());
        const changed = changedEntityFields(before, row);
        const what = `${changed.length ? `gewijzigd: ${changed.join(', ')}` : 'niets gewijzigd'}${detailsUnreadable ? '; onleesbare gegevens vervangen' : ''}`;
        log({ action: 'change', ...networkEvent('networkEntity', id, input.youthId, access, what) });
      } else {
        const position = input.position ?? firstFreeSlot(input.details.kind, placedNetwork(db, input.youthId).entities.map((entity) => entity.position!));
        id = insertEntity(db, input.youthId, row, position, { userId: session.user.id, now: context.nowIso() });
        log({ action: 'create', ...networkEvent('networkEntity', id, input.youthId, access, `soort: ${input.details.kind}`) });
      }
      const saved = placedNetwork(db, input.youthId).entities.find((entity) => entity.id === id);
      if (!saved) throw new Error('An entity just saved could not be read back.');
      return saved;
    }),
  );
}

/**
 * Deletes an entity and, in the same transaction, its links: removed, or moved to another point
 * (links that would then point at themselves or repeat another link are removed). The log
 * entry says how many of each; the network after the change is returned.
 */
export function deleteEntity(context: ServiceContext, input: DeleteEntity): Network {
  context.require('workWithYouths');
  return logRefusal(context, refusedDelete('networkEntity', input.id), () =>
    runAudited(context, 'change', (db, log, session) => {
      const entity = findEntity(db, input.id);
      if (!entity) throw new AppError('NOT_FOUND', networkMessages.entityNotFound);
      const { access } = requireAccess(context, db, session, entity.youthId);
      const touching = linksTouching(db, entity.id);
      let details: string;
      if (input.links.mode === 'remove') {
        deleteLinks(db, touching.map((link) => link.id));
        details = `${touching.length} verbanden verwijderd`;
      } else {
        const target = input.links.toId;
        if (target === entity.id || (target !== null && entityOwners(db, [target]).get(target) !== entity.youthId)) {
          throw new AppError('VALIDATION', networkMessages.repointTargetInvalid, { toId: networkMessages.repointTargetInvalid });
        }
        const plan = planRepoint(listLinks(db, entity.youthId), entity.id, target);
        const now = context.nowIso();
        for (const moved of plan.moved) updateLink(db, moved.id, { fromId: moved.fromId, toId: moved.toId }, now);
        deleteLinks(db, plan.dropped.map((dropped) => dropped.id));
        details = `${plan.moved.length} verbanden verplaatst naar ${target === null ? 'de jongere' : target}, ${plan.dropped.length} verwijderd (zouden naar zichzelf wijzen of dubbel zijn)`;
      }
      deleteEntityRow(db, entity.id);
      log({ action: 'delete', ...networkEvent('networkEntity', entity.id, entity.youthId, access, `soort: ${entity.kind}; ${details}`) });
      return placedNetwork(db, entity.youthId);
    }),
  );
}

function assertEndsInNetwork(db: Db, input: SaveLink): void {
  const owners = entityOwners(db, entityEnds(input));
  const problem = linkEndProblem(input, input.youthId, (id) => owners.get(id));
  if (problem) {
    throw new AppError('VALIDATION', networkMessages.endsOfOtherYouth, {
      [problem]: problem === 'fromId' ? networkMessages.fromNotInNetwork : networkMessages.toNotInNetwork,
    });
  }
}

export function saveLink(context: ServiceContext, input: SaveLink): NetworkLink {
  context.require('workWithYouths');
  return logRefusal(context, refusedSave('networkLink', input), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      assertEndsInNetwork(db, input);
      const { youthId, id: existingId, ...row } = input;
      let id: string;
      if (existingId) {
        const before = findLink(db, existingId);
        if (!before || before.youthId !== youthId) throw new AppError('NOT_FOUND', networkMessages.linkNotFound);
        id = existingId;
        updateLink(db, id, row, context.nowIso());
        const changed = (Object.keys(row) as (keyof typeof row)[]).filter((key) => row[key] !== before[key]);
        log({ action: 'change', ...networkEvent('networkLink', id, youthId, access, changed.length ? `gewijzigd: ${changed.join(', ')}` : 'niets gewijzigd') });
      } else {
        id = insertLink(db, youthId, row, { userId: session.user.id, now: context.nowIso() });
        log({ action: 'create', ...networkEvent('networkLink', id, youthId, access, `soort: ${row.type}, ${row.rating}`) });
      }
      const saved = findLink(db, id);
      if (!saved) throw new Error('A link just saved could not be read back.');
      return saved;
    }),
  );
}

export function deleteLink(context: ServiceContext, id: string): null {
  context.require('workWithYouths');
  return logRefusal(context, refusedDelete('networkLink', id), () =>
    runAudited(context, 'change', (db, log, session) => {
      const link = findLink(db, id);
      if (!link) throw new AppError('NOT_FOUND', networkMessages.linkNotFound);
      const { access } = requireAccess(context, db, session, link.youthId);
      deleteLinks(db, [id]);
      log({ action: 'delete', ...networkEvent('networkLink', id, link.youthId, access, `soort: ${link.type}, ${link.rating}`) });
      return null;
    }),
  );
}

/** Layout only, so not logged as a change of content; access is checked all the same. */
export function savePositions(context: ServiceContext, input: { youthId: string; positions: { id: string; position: { x: number; y: number } }[] }): null {
  context.require('workWithYouths');
  return logRefusal(context, refusedOnNetwork('network', input.youthId, 'posities opslaan'), () =>
    runAudited(context, 'change', (db, _log, session) => {
      requireAccess(context, db, session, input.youthId);
      updateEntityPositions(db, input.youthId, input.positions);
      return null;
    }),
  );
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The graph as an image for the PDFs; only a PNG (checked by its first bytes) is kept. It is kept
 * with the fingerprint of what it drew, so an image of an older state (a colleague changed the
 * network after the view loaded, or a position save failed) is kept but reported outdated.
 */
export function saveGraphImage(context: ServiceContext, input: { youthId: string; pngBase64: string; drawn: DrawnGraph }): GraphImageState {
  context.require('workWithYouths');
  return logRefusal(context, refusedOnNetwork('networkImage', input.youthId, 'afbeelding opslaan'), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      const png = Buffer.from(input.pngBase64, 'base64');
      if (png.length <= pngSignature.length || !png.subarray(0, pngSignature.length).equals(pngSignature)) {
        throw new AppError('VALIDATION', networkMessages.notPng, { pngBase64: networkMessages.notPng });
      }
      const savedAt = context.nowIso();
      const stamp = { savedAt, fingerprint: graphFingerprint(input.drawn) };
      upsertGraphImage(db, input.youthId, { png, fingerprint: stamp.fingerprint }, { userId: session.user.id, now: savedAt });
      // Judged like every read of the network judges it, so the answer holds until something changes.
      const state = graphImageState(stamp, placedNetwork(db, input.youthId));
      log({
        action: 'change',
        ...networkEvent('networkImage', input.youthId, input.youthId, access, `${Math.ceil(png.length / 1024)} kB${state.upToDate ? '' : '; toont niet het netwerk zoals opgeslagen'}`),
      });
      return state;
    }),
  );
}
