import {
  actorName,
  currentCorrelationId,
  requirePrincipal,
} from '@crossdock/shared-contracts/platform/context/request-context';
import type { WriteActor } from './erp/ports/common';

/**
 * Who is writing in this request, for the ERP's audit: the end user (and the tier acting for them,
 * when a tier calls with its service token), and the correlation id.
 */
export function currentWriteActor(): WriteActor {
  return { actor: actorName(requirePrincipal()), correlationId: currentCorrelationId() ?? 'none' };
}
