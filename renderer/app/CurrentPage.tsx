import { AccessLogPage } from '../features/accessLog/AccessLogPage';
import { AdminPage } from '../features/admin/AdminPage';
import { DisclosureRegisterPage } from '../features/disclosures/DisclosureRegisterPage';
import { MeldcodePage } from '../features/meldcode/MeldcodePage';
import { MissingPage } from '../features/missing/MissingPage';
import { EmergencyReviewPage } from '../features/review/EmergencyReviewPage';
import { YouthsPage } from '../features/youths/YouthsPage';
import type { SessionUser } from '../../preload/contract';
import { mayOpen, type PageId } from './pages';
import '../styles/features.css';

export function CurrentPage({ page, user }: { page: PageId; user: SessionUser }) {
  // The menu only offers the role's pages; this keeps a stale page id from showing another's.
  // Main refuses the calls anyway, this just avoids a page full of refusals.
  if (!mayOpen(user.role, page)) return null;
  switch (page) {
    case 'youths':
      return <YouthsPage user={user} />;
    case 'meldcode':
      return <MeldcodePage user={user} />;
    case 'missing':
      return <MissingPage user={user} />;
    case 'emergencyReview':
      return <EmergencyReviewPage />;
    case 'admin':
      return <AdminPage user={user} />;
    case 'accessLog':
      return <AccessLogPage user={user} />;
    case 'disclosures':
      return <DisclosureRegisterPage user={user} />;
  }
}
