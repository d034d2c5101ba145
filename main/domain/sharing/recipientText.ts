import { shareRecipientLabels, type ShareRecipient } from '../../../preload/contract';

/** The recipient as the PDF and the register name it: "Veilig Thuis — regio Noord", or the name typed for "Andere ontvanger". */
export function recipientText(recipient: ShareRecipient, name: string): string {
  if (recipient === 'other') return name;
  return name === '' ? shareRecipientLabels[recipient] : `${shareRecipientLabels[recipient]} — ${name}`;
}
