import { useState } from 'react';
import { roleLabels, type SessionUser } from '../../preload/contract';
import { CurrentPage } from './CurrentPage';
import { MainNavigation } from './MainNavigation';
import { pagesFor, type PageId } from './pages';

interface MainLayoutProps {
  user: SessionUser;
  onLock: () => Promise<void>;
}

export function MainLayout({ user, onLock }: MainLayoutProps) {
  const [page, setPage] = useState<PageId>(() => pagesFor(user.role)[0]?.id ?? 'youths');
  const [locking, setLocking] = useState(false);

  function lock() {
    setLocking(true);
    void onLock();
  }

  return (
    <div className="app-shell">
      <header className="app-header">
        <p className="app-name">Waakzaam</p>
        <div className="app-user">
          <p className="app-user-text">
            <span className="app-user-name">{user.name}</span>
            <span className="app-user-role">{roleLabels[user.role]}</span>
          </p>
          <button type="button" className="button" onClick={lock} disabled={locking}>
            Vergrendel
          </button>
        </div>
      </header>
      <div className="app-body">
        <MainNavigation current={page} onNavigate={setPage} role={user.role} />
        <main className="app-main">
          <CurrentPage key={page} page={page} user={user} />
        </main>
      </div>
    </div>
  );
}
