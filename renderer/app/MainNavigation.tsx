import { useState } from 'react';
import type { Role } from '../../preload/contract';
import { Dialog } from '../components/Dialog';
import { DiscardChangesPrompt } from '../components/DiscardChangesPrompt';
import { hasUnsavedChanges } from '../components/unsavedChanges';
import { pagesFor, type PageId } from './pages';

interface MainNavigationProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
  role: Role;
}

export function MainNavigation({ current, onNavigate, role }: MainNavigationProps) {
  // A page switch unmounts the page's forms: with typed, unsaved data the user is asked first.
  const [pendingPage, setPendingPage] = useState<PageId | null>(null);

  function navigate(page: PageId) {
    if (page === current) return;
    if (hasUnsavedChanges()) setPendingPage(page);
    else onNavigate(page);
  }

  return (
    <nav aria-label="Hoofdmenu" className="main-nav">
      <ul className="main-nav-list">
        {pagesFor(role).map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="main-nav-item"
              aria-current={page.id === current ? 'page' : undefined}
              onClick={() => navigate(page.id)}
            >
              {page.label}
            </button>
          </li>
        ))}
      </ul>
      {pendingPage && (
        <Dialog title="Pagina verlaten?" onRequestClose={() => setPendingPage(null)}>
          <DiscardChangesPrompt
            onKeepEditing={() => setPendingPage(null)}
            onDiscard={() => {
              setPendingPage(null);
              onNavigate(pendingPage);
            }}
          />
        </Dialog>
      )}
    </nav>
  );
}
