import type { ReactNode } from 'react';

/** The frame of the screens shown before anyone is signed in. */
export function WelcomePanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="welcome-screen">
      <div className="welcome-panel">
        <p className="welcome-app-name">Waakzaam</p>
        <h1 className="welcome-title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
