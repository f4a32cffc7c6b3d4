// The worker threads' entry. The CLI runs its TypeScript through tsx, and a worker thread
// does not inherit tsx's loader, so each worker registers it before importing its code.
import { register } from 'tsx/esm/api';

register();
const { default: extractBatch } = await import('./extract-worker.ts');
export default extractBatch;
