import type { Role } from '../../preload/contract';
import { pagesFor, type PageId } from './pages';

interface MainNavigationProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
  role: Role;
}

export function MainNavigation({ current, onNavigate, role }: MainNavigationProps) {
  return (
    <nav aria-label="Hoofdmenu" className="main-nav">
      <ul className="main-nav-list">
        {pagesFor(role).map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="main-nav-item"
              aria-current={page.id === current ? 'page' : undefined}
              onClick={() => onNavigate(page.id)}
            >
              {page.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
