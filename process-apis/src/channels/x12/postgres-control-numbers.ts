import type { ProcessDatabase } from '../../database';
import type { ControlNumberAllocator, ControlNumbers } from './control-numbers';

/** ISA13 and GS06 hold at most nine digits. */
const LARGEST_CONTROL_NUMBER = 999_999_999n;

/**
 * Control numbers from PostgreSQL: one UPSERT per allocation increments the scope's counters and
 * returns them, holding the row's lock until it commits, so concurrent allocations (other
 * requests, other replicas) queue on the row and never get the same numbers. After 999 999 999 a
 * counter starts again at 1, as partners expect of nine-digit control numbers; the numbers last
 * given out that long ago are by then long settled.
 */
export function createPostgresControlNumbers(db: ProcessDatabase): ControlNumberAllocator {
  return {
    async allocate(scope: string, groupCount = 1): Promise<ControlNumbers> {
      if (!scope) throw new RangeError('A control number scope is required.');
      if (!Number.isInteger(groupCount) || groupCount < 0 || groupCount > 1000)
        throw new RangeError(`groupCount must be a whole number from 0 to 1000, not ${groupCount}.`);
      const groups = BigInt(groupCount);
      const [row] = await db.$queryRaw<{ lastInterchange: bigint; lastGroup: bigint }[]>`
        insert into "X12ControlNumber" ("scope", "lastInterchange", "lastGroup", "updatedAt")
        values (${scope}, 1, ${groups}, now())
        on conflict ("scope") do update
          set "lastInterchange" = "X12ControlNumber"."lastInterchange" % ${LARGEST_CONTROL_NUMBER} + 1,
              "lastGroup" = ("X12ControlNumber"."lastGroup" + ${groups} - 1) % ${LARGEST_CONTROL_NUMBER} + 1,
              "updatedAt" = now()
        returning "lastInterchange", "lastGroup"`;
      const lastGroup = Number(row!.lastGroup);
      // The group numbers handed out end at lastGroup; counting back may cross the wrap to 999 999 999.
      const groupNumbers = Array.from(
        { length: groupCount },
        (_, index) =>
          ((lastGroup - groupCount + index + Number(LARGEST_CONTROL_NUMBER)) % Number(LARGEST_CONTROL_NUMBER)) + 1,
      );
      return { interchange: Number(row!.lastInterchange), groups: groupNumbers };
    },
  };
}
