import { useEffect, useState } from 'react';
import { YouthDisclosureList } from '../disclosures/YouthDisclosureList';
import type { FilePanelProps } from '../youths/filePanel';
import { ShareWizard } from './ShareWizard';
import '../../styles/sharing.css';

/** The file's "Verstrekkingen": share data through the wizard, and see everything that left about this youth. */
export function SharingPanel({ file, onDirtyChange, announce, shown }: FilePanelProps) {
  const [open, setOpen] = useState(false);
  // Main logs every read of the register: it is read once the tab is opened, not with every file.
  const [opened, setOpened] = useState(shown);
  useEffect(() => {
    if (shown) setOpened(true);
  }, [shown]);
  // Bumped after an export, so the register below reads the new line.
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <div className="sharing-panel">
      <p className="form-intro">
        Gegevens die het dossier verlaten, gaan alleen zo ver als het doel nodig heeft: je kiest ontvanger, doel en grondslag, en ziet per onderdeel wat er meegaat. Elke verstrekking wordt hieronder
        vastgelegd.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          Gegevens verstrekken…
        </button>
      </div>
      {open && (
        <ShareWizard
          youthId={file.youth.id}
          onClose={() => setOpen(false)}
          onExported={() => {
            setRefreshKey((key) => key + 1);
            announce('De verstrekking is vastgelegd in het verstrekkingenregister.');
          }}
          onDirtyChange={onDirtyChange}
        />
      )}
      {opened && <YouthDisclosureList youthId={file.youth.id} refreshKey={refreshKey} />}
    </div>
  );
}
