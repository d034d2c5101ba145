import { createContext } from 'react';

export interface GraphActions {
  openEntity: (id: string) => void;
  openLink: (id: string) => void;
  /** null: from the youth. */
  requestLinkFrom: (fromId: string | null) => void;
}

/** What nodes and edge labels (drawn by React Flow, outside the graph's own props) can ask for. */
export const GraphActionsContext = createContext<GraphActions>({ openEntity: () => undefined, openLink: () => undefined, requestLinkFrom: () => undefined });
