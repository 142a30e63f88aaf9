/**
 * Compile-time checks that a zod schema and the hand-written interface tsoa reads stay in step.
 *
 * Each model file writes `assertTypesMatch<Equals<z.infer<typeof fooSchema>, Foo>>();`: if either side
 * gains, loses or changes a property, `tsc` fails on that line.
 */

/**
 * `true` when A and B are the same type, property for property (optional-ness and readonly included),
 * `false` otherwise. Unlike `A extends B`, this does not accept a subtype or let `any` through.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when its type argument is `true`; does nothing at run time. */
export function assertTypesMatch<_T extends true>(): void {}
