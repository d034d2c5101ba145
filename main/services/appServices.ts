import { backupHandlers } from '../backup/backupHandlers';
import { createBackupRunner, type BackupRunner } from '../backup/backupRunner';
import type { Handlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import { createAccount, createLocation, disableAccount, getSettings, listAllAccounts, resetPassword, updateAccount, updateSettings } from './accountService';
import { accessLogForYouthFile, exportLogCsv, searchLog } from './audit/accessLogService';
import { ServiceContext, type ServiceConfig } from './context';
import { listActiveGrants, listGrantsToReview, requestEmergencyAccess, reviewGrant, searchForEmergency } from './emergencyService';
import { createIdleLock } from './idleLock';
import { changePassword } from './passwordService';
import { recover, replaceRecoveryKey } from './recoveryService';
import { idleLockSeconds } from './session/sessionInfo';
import { lock, sessionStatus, setUp, unlock } from './sessionService';
import { listAttention } from './attentionService';
import { addEpisodeEvent, closeEpisode, getEpisode, listEpisodes, proposePlanAfterReturn, reportMissing, updateEpisode } from './missingService';
import { makeMissingPacket } from './missingPacketService';
import { exportConsultation, previewConsultation } from './consultationExportService';
import { exportDisclosuresCsv, listYouthDisclosures, searchDisclosures } from './disclosureRegisterService';
import { exportShare, previewShare, proposeShare } from './sharingService';
import {
  addConsultation,
  addFollowUp,
  closeCase,
  confirmDecision,
  countersignDecision,
  getCase,
  listCases,
  openCase,
  previewDecision,
  updateCase,
} from './meldcodeCaseService';
import { deleteEntity, deleteLink, getNetworkOf, saveEntity, saveGraphImage, saveLink, savePositions } from './networkService';
import { addPhoto, getPhoto, removePhoto } from './photoService';
import { getPlanVersion, listPlanVersions, savePlan } from './safetyPlanService';
import { listCatalogue, retireCatalogueItem, saveCatalogueItem } from './signalCatalogueService';
import { addSignal, correctSignal, listSignalsOf } from './signalService';
import { listSocialMapEntries, removeSocialMapEntry, saveSocialMapEntry } from './socialMapService';
import { changeYouth, createYouth, listAllowedLocations, listVisibleYouths, openYouthFile } from './youthService';

export interface AppServices {
  context: ServiceContext;
  /** Present where a backup folder is configured: the shell ticks it each minute and backs up at quit. */
  backups: BackupRunner | undefined;
  handlers: Handlers;
  router: Router;
  close(): void;
}

/** Wires every contract call to its service. The Electron shell and the tests both start here. */
export function createAppServices(config: ServiceConfig): AppServices {
  const context = new ServiceContext(config);
  const lockExclusively = (reason: Parameters<typeof lock>[1]) => context.exclusive(() => lock(context, reason));
  const idle = createIdleLock(() => void lockExclusively('idle'));
  context.onSessionChange((event) => {
    if (event.type === 'ended') idle.stop();
    else if (context.current) idle.start(idleLockSeconds(context, context.current));
  });

  const backups = config.backup ? createBackupRunner(context, config.backup) : undefined;

  const handlers: Handlers = {
    session: {
      status: () => sessionStatus(context),
      setup: (input) => context.exclusive(() => setUp(context, input)),
      unlock: (input) => context.exclusive(() => unlock(context, input)),
      recover: (input) => context.exclusive(() => recover(context, input)),
      lock: (input) => lockExclusively(input?.reason ?? 'manual'),
      touch: () => {
        idle.touch();
        return null;
      },
      changePassword: (input) => context.exclusive(() => changePassword(context, input)),
    },
    youths: {
      list: () => listVisibleYouths(context),
      open: (input) => openYouthFile(context, input.id),
      create: (input) => createYouth(context, input),
      update: (input) => changeYouth(context, input),
    },
    photos: {
      add: (input) => addPhoto(context, input),
      get: (input) => getPhoto(context, input.id),
      remove: (input) => removePhoto(context, input.id),
    },
    safetyPlan: {
      versions: (input) => listPlanVersions(context, input.youthId),
      get: (input) => getPlanVersion(context, input.youthId, input.version),
      save: (input) => savePlan(context, input),
    },
    network: {
      get: (input) => getNetworkOf(context, input.youthId),
      saveEntity: (input) => saveEntity(context, input),
      deleteEntity: (input) => deleteEntity(context, input),
      saveLink: (input) => saveLink(context, input),
      deleteLink: (input) => deleteLink(context, input.id),
      savePositions: (input) => savePositions(context, input),
      saveGraphImage: (input) => saveGraphImage(context, input),
    },
    attention: {
      list: () => listAttention(context),
    },
    missing: {
      report: (input) => reportMissing(context, input),
      list: (input) => listEpisodes(context, input.youthId),
      get: (input) => getEpisode(context, input.episodeId),
      update: (input) => updateEpisode(context, input),
      addEvent: (input) => addEpisodeEvent(context, input),
      close: (input) => closeEpisode(context, input),
      planProposal: (input) => proposePlanAfterReturn(context, input.episodeId),
      packet: (input) => makeMissingPacket(context, input),
    },
    signals: {
      catalogue: () => listCatalogue(context),
      saveCatalogueItem: (input) => saveCatalogueItem(context, input),
      retireCatalogueItem: (input) => retireCatalogueItem(context, input),
      list: (input) => listSignalsOf(context, input.youthId),
      add: (input) => addSignal(context, input),
      correct: (input) => correctSignal(context, input),
    },
    meldcode: {
      list: (input) => listCases(context, input.youthId),
      open: (input) => openCase(context, input),
      get: (input) => getCase(context, input.caseId),
      update: (input) => updateCase(context, input),
      addConsultation: (input) => addConsultation(context, input),
      addFollowUp: (input) => addFollowUp(context, input),
      previewDecision: (input) => previewDecision(context, input),
      confirmDecision: (input) => confirmDecision(context, input),
      countersign: (input) => countersignDecision(context, input),
      close: (input) => closeCase(context, input),
    },
    sharing: {
      propose: (input) => proposeShare(context, input),
      preview: (input) => previewShare(context, input),
      export: (input) => exportShare(context, input),
      consultationPreview: (input) => previewConsultation(context, input),
      consultationExport: (input) => exportConsultation(context, input),
    },
    disclosures: {
      forYouth: (input) => listYouthDisclosures(context, input.youthId),
      search: (input) => searchDisclosures(context, input),
      exportCsv: (input) => exportDisclosuresCsv(context, input),
    },
    socialMap: {
      list: () => listSocialMapEntries(context),
      save: (input) => saveSocialMapEntry(context, input),
      remove: (input) => removeSocialMapEntry(context, input.id),
    },
    locations: {
      list: () => listAllowedLocations(context),
      create: (input) => createLocation(context, input.name),
    },
    accounts: {
      list: () => listAllAccounts(context),
      create: (input) => createAccount(context, input),
      update: (input) => updateAccount(context, input),
      disable: (input) => disableAccount(context, input.id),
      resetPassword: (input) => resetPassword(context, input),
      newRecoveryKey: () => replaceRecoveryKey(context),
    },
    settings: {
      get: () => getSettings(context),
      update: (input) => updateSettings(context, input),
    },
    emergency: {
      search: (input) => searchForEmergency(context, input.query),
      request: (input) => requestEmergencyAccess(context, input),
      active: () => listActiveGrants(context),
      toReview: () => listGrantsToReview(context),
      review: (input) => reviewGrant(context, input),
    },
    backups: backupHandlers(context, backups),
    accessLog: {
      forYouth: (input) => accessLogForYouthFile(context, input.youthId),
      search: (input) => searchLog(context, input),
      exportCsv: (input) => exportLogCsv(context, input),
    },
  };
  return {
    context,
    backups,
    handlers,
    router: createRouter(handlers, config.logger),
    close: () => {
      idle.stop();
      lock(context, 'quit');
    },
  };
}
