export { locations } from './locations';
export { users } from './users';
export { youths } from './youths';
