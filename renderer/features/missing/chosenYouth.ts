/** The youth a report is about, as the report dialog shows it above the facts. */
export interface ChosenYouth {
  id: string;
  name: string;
  locationName: string;
  /** Outside the user's own groups: the dialog opened emergency access first. */
  viaEmergency: boolean;
}
