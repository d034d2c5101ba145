import type { SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { AccountsSection } from './AccountsSection';
import { BackupSection } from './BackupSection';
import { LocationsSection } from './LocationsSection';
import { RecoveryKeySection } from './RecoveryKeySection';
import { SettingsSection } from './SettingsSection';
import { SignalCatalogueSection } from './SignalCatalogueSection';
import { SocialMapSection } from './SocialMapSection';

/** Beheer: accounts, locations, settings and the recovery key (administrator only). */
export function AdminPage({ user }: { user: SessionUser }) {
  // The administrator may file nowhere but manages all locations: main lists them all.
  const { load: locations, reload, retry } = useLoad(api.locations.list);
  const known = locations.state === 'loaded' ? locations.value : [];

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeading>Beheer</PageHeading>
      <p className="page-intro">
        Hier beheer je wie Waakzaam mag gebruiken en met welke rol, de locaties en groepen, en de instellingen voor de hele
        organisatie. Alles wat je hier verandert, komt in de toegangslog.
      </p>
      <AccountsSection locations={known} currentUserId={user.id} />
      <LocationsSection load={locations} onRetry={retry} onCreated={reload} />
      <SettingsSection />
      <SignalCatalogueSection />
      <SocialMapSection />
      <BackupSection />
      <RecoveryKeySection />
    </section>
  );
}
