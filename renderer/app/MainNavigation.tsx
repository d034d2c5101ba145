import { pages, type PageId } from './pages';

interface MainNavigationProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
}

export function MainNavigation({ current, onNavigate }: MainNavigationProps) {
  return (
    <nav aria-label="Hoofdmenu" className="main-nav">
      <ul className="main-nav-list">
        {pages.map((page) => (
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
