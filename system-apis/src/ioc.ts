// tsoa's routes build controllers through this module (tsoa.json names it).
export { iocContainer } from '@crossdock/shared-contracts/platform/http/ioc';
