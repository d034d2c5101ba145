import '../../styles/network.css';

export type SignalLayout = 'timeline' | 'table';

const layoutLabels: Record<SignalLayout, string> = { timeline: 'Tijdlijn', table: 'Tabel' };

/** The network's view switch: two joined buttons, the pressed one is the view on screen. */
export function SignalViewToggle({ layout, onChange }: { layout: SignalLayout; onChange: (layout: SignalLayout) => void }) {
  return (
    <div role="group" aria-label="Weergave van de signalen" className="view-switch">
      {(Object.entries(layoutLabels) as [SignalLayout, string][]).map(([option, label]) => (
        <button key={option} type="button" className="button view-switch-button" aria-pressed={layout === option} onClick={() => onChange(option)}>
          {label}
        </button>
      ))}
    </div>
  );
}
