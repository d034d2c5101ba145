import type { AriaLabelConfig } from '@xyflow/react';

const directions: Record<string, string> = { up: 'boven', down: 'beneden', left: 'links', right: 'rechts' };

/**
 * React Flow's texts for screen readers, in Dutch and matching this graph's keys. React Flow
 * reads the "keyboardDisabled" text when keyboard use is on (the names are swapped upstream).
 */
export const dutchAriaLabels: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': 'Enter opent de gegevens. Spatie selecteert het punt, Escape heft de selectie op.',
  'node.a11yDescription.keyboardDisabled':
    'Pijltjestoetsen gaan naar het dichtstbijzijnde punt in die richting. Enter opent de gegevens. Spatie selecteert het punt; daarna verplaatsen de pijltjestoetsen het (met Shift in grotere stappen) en zet Escape het weer vast.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }) => `Punt verplaatst naar ${directions[direction] ?? direction}.`,
  'edge.a11yDescription.default': 'Een verband. Open het met de muis of via de verbanden onder de grafiek.',
  'handle.ariaLabel': 'Verbindingspunt: sleep naar een ander punt om een verband te maken',
};
