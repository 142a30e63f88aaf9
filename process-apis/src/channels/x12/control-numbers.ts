/**
 * Control numbers for an outbound interchange: ISA13 and one GS06 per functional group, never given
 * twice for the same scope. Transaction set control numbers (ST02) are numbered within their group
 * (0001, 0002...), which is where X12 needs them unique.
 */
export interface ControlNumbers {
  /** ISA13 / IEA02, 1 to 999 999 999. */
  interchange: number;
  /** GS06 / GE02 of each group, in the order the groups are written. */
  groups: number[];
}

/**
 * The port writers get their control numbers from. A scope is what the numbers must be unique for:
 * Crossdock uses one per trading partner (or per sender/receiver pair), e.g. "ZZ:ACME>ZZ:CROSSDOCK".
 */
export interface ControlNumberAllocator {
  /** The next interchange number for `scope`, and `groupCount` (default 1) group numbers. */
  allocate(scope: string, groupCount?: number): Promise<ControlNumbers>;
}
