/** The rule lives in the contract so the renderer's warning and main's start screen agree. */
export { addCalendarMonths, isPhotoOld } from '../../../preload/contract/rules/photoAge';
