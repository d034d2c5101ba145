import type { Ref } from 'react';
import type { SafetyPlanVersion } from '../../../preload/contract';
import { useEditMode } from '../../components/useEditMode';
import type { FilePanelProps } from '../youths/filePanel';
import { PlanContentView } from './PlanContentView';
import { PlanMeta } from './PlanMeta';
import { PlanVersions } from './PlanVersions';
import { SafetyPlanForm } from './SafetyPlanForm';
import '../../styles/safetyPlan.css';

/** The youth's safety plan: the current version, a form that saves the next one, and every earlier version. */
export function SafetyPlanPanel({ file, onFileChange, onDirtyChange, announce }: FilePanelProps) {
  const plan = file.safetyPlan;
  const youthId = file.youth.id;
  const { editing, setEditing, startRef } = useEditMode();

  function saved(version: SafetyPlanVersion) {
    onFileChange({ safetyPlan: version });
    announce(`Veiligheidsplan opgeslagen als versie ${version.version}.`);
    setEditing(false);
  }

  return (
    <section className="panel safety-plan" aria-labelledby="safety-plan-heading">
      <h2 id="safety-plan-heading" className="section-heading">
        Veiligheidsplan
      </h2>
      {editing ? (
        <SafetyPlanForm
          youthId={youthId}
          base={plan}
          onSaved={saved}
          onNewerVersion={(newer) => onFileChange({ safetyPlan: newer })}
          onClose={() => setEditing(false)}
          onDirtyChange={onDirtyChange}
        />
      ) : plan ? (
        <>
          <PlanMeta plan={plan} highlightReview />
          <PlanContentView content={plan.content} />
          <div className="form-actions">
            <button ref={startRef} type="button" className="button button-primary" onClick={() => setEditing(true)}>
              Veiligheidsplan bijwerken
            </button>
          </div>
        </>
      ) : (
        <EmptyPlan onStart={() => setEditing(true)} startRef={startRef} />
      )}
      {plan && <PlanVersions key={plan.version} youthId={youthId} current={plan} />}
    </section>
  );
}

function EmptyPlan({ onStart, startRef }: { onStart: () => void; startRef: Ref<HTMLButtonElement> }) {
  return (
    <div className="empty-state plan-empty">
      <p className="empty-state-title">Er is nog geen veiligheidsplan voor deze jongere.</p>
      <p className="muted">
        In het veiligheidsplan staat, samen met de jongere en ouders of voogd afgesproken, wat de veiligheid bewaakt: de afspraken, de
        situaties die wijzen op weglopen of uitbuiting, wat het team dan doet en wie er gebeld wordt, en waar online op gelet wordt. Elke
        keer opslaan maakt een nieuwe versie; eerdere versies blijven bewaard.
      </p>
      <div className="form-actions">
        <button ref={startRef} type="button" className="button button-primary" onClick={onStart}>
          Veiligheidsplan opstellen
        </button>
      </div>
    </div>
  );
}
