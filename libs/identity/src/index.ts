export { Role } from './actor/actor';
export type { Actor } from './actor/actor';
