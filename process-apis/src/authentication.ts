// tsoa's routes check the bearer requirement through this module (tsoa.json names it).
export { expressAuthentication } from '@crossdock/shared-contracts/platform/http/tsoa-authentication';
