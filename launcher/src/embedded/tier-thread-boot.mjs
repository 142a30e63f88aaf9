// A worker thread starts without the TypeScript loader the main thread was started with: this
// plain-JavaScript entry registers it (tsx), then loads the tier thread itself.
import { register } from 'tsx/esm/api';

register();
await import('./tier-thread.ts');
