"use strict";
/**
 * Compile-time checks that a zod schema and the hand-written interface tsoa reads stay in step.
 *
 * Each model file writes `assertTypesMatch<Equals<z.infer<typeof fooSchema>, Foo>>();`: if either side
 * gains, loses or changes a property, `tsc` fails on that line.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertTypesMatch = assertTypesMatch;
/** Compiles only when its type argument is `true`; does nothing at run time. */
function assertTypesMatch() { }
