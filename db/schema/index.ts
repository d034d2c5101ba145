export { accessLog } from './accessLog';
export { emergencyAccess } from './emergencyAccess';
export { locations } from './locations';
export { settings } from './settings';
export { userLocations } from './userLocations';
export { users } from './users';
export { youths } from './youths';
