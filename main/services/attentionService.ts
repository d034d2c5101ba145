import { listAttentionFacts } from '../../db/repositories/attention';
import { readSettings } from '../../db/repositories/settings';
import type { AttentionItem } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { can } from '../domain/access/permissions';
import { attentionItems } from '../domain/attention/attentionItems';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { logUnreadableDocuments } from './unreadableDocuments';
import { scopeOf } from './youthService';

/** What needs doing for the youths this user may see (the same ones as their youth list). */
export function listAttention(context: ServiceContext): AttentionItem[] {
  context.require('workWithYouths');
  return runAudited(context, 'read', (db, log, session) => {
    const facts = listAttentionFacts(db, scopeOf(context, db, session), logUnreadableDocuments(context.config.logger));
    const now = context.now();
    const { missingEscalationMinutes, returnConversationHours, meldcodeIdleDays } = readSettings(db);
    const viewer = { userId: session.user.id, countersigns: can(session.user.role, 'countersignDecisions') };
    const items = attentionItems(facts, { today: localTodayIso(now), now, missingEscalationMinutes, returnConversationHours, meldcodeIdleDays, viewer });
    log({ action: 'read', objectType: 'attentionList', details: `${items.length} aandachtspunten voor ${facts.length} jongeren` });
    return items;
  });
}
