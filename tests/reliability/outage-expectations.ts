/**
 * What an integration team checks after an ERP outage, whichever way the ERP went away: nothing
 * lost, nothing doubled, nobody needed, the portal kept taking orders, and the platform picked up
 * within seconds of the ERP's return.
 */
import { expect } from 'vitest';
import type { OutageOutcome } from './outage-run';

export function expectOutageWaitedOut(outcome: OutageOutcome): void {
  const accepted = outcome.placed.filter((p) => p.status >= 200 && p.status < 300);
  // Every order sent was accepted: the portal with 201 (confirmed) or 202 (received, will be confirmed), the API
  // with 202. Counted by channel, status and moment, so a failure says what was refused and when.
  const refused: Record<string, number> = {};
  for (const p of outcome.placed.filter((placed) => !accepted.includes(placed))) {
    const key = `${p.channel} ${p.status || 'no answer'} ${p.during ? 'during' : 'outside'} the outage`;
    refused[key] = (refused[key] ?? 0) + 1;
  }
  expect(refused).toEqual({});
  expect(outcome.placed.filter((p) => p.channel === 'portal' && p.during).length).toBeGreaterThan(0);
  // Each in the ERP exactly once, none dead-lettered, none on hold for a person.
  expect(outcome.statuses).toEqual({ SUBMITTED: accepted.length });
  expect({ missing: outcome.missingFromErp, twice: outcome.inErpTwice, once: outcome.inErpOnce }).toEqual({
    missing: 0,
    twice: 0,
    once: accepted.length,
  });
  expect({ deadLetters: outcome.deadLetters, openHolds: outcome.openHolds }).toEqual({ deadLetters: 0, openHolds: 0 });
  // No reservation stranded: what is allocated of the item is exactly what the ERP orders hold.
  expect({ allocated: outcome.allocated, orphans: outcome.activeReservationsWithoutOrder }).toEqual({
    allocated: outcome.unitsOrdered,
    orphans: 0,
  });
  // Orders did wait through the outage (else the outage was not one)...
  expect(outcome.waited).toBeGreaterThan(0);
  // ...and the first to complete after the ERP answered again did so within seconds, not a breaker's or a lease's wait.
  expect(outcome.firstCompletionAfterRecoveryMs).toBeLessThan(5_000);
}
