import { AdminPage } from '../features/admin/AdminPage';
import { MeldcodePage } from '../features/meldcode/MeldcodePage';
import { MissingPage } from '../features/missing/MissingPage';
import { YouthsPage } from '../features/youths/YouthsPage';
import type { SessionUser } from '../../preload/contract';
import type { PageId } from './pages';

export function CurrentPage({ page }: { page: PageId; user: SessionUser }) {
  switch (page) {
    case 'youths':
      return <YouthsPage />;
    case 'meldcode':
      return <MeldcodePage />;
    case 'missing':
      return <MissingPage />;
    case 'admin':
      return <AdminPage />;
  }
}
