import {
  mappingRulesSchema,
  type MappingRules,
  type MappingVersionView,
  type NewMappingVersion,
} from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { mappingRulesColumn } from './partner-columns';

const MAPPING_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const VIEW_INCLUDE = { partners: { select: { id: true } } } as const satisfies Prisma.MappingVersionInclude;
type MappingVersionRow = Prisma.MappingVersionGetPayload<{ include: typeof VIEW_INCLUDE }>;

function toView(row: MappingVersionRow): MappingVersionView {
  return {
    name: row.name,
    version: row.version,
    description: row.description,
    rules: mappingRulesColumn.read(row.rules),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    partnerIds: row.partners.map((partner) => partner.id),
  };
}

/** The rules of a version, checked again on the way out: stored JSON is only trusted once parsed. */
export function rulesOf(row: { rules: unknown }): MappingRules {
  return mappingRulesColumn.read(row.rules);
}

/**
 * Adds the next version of a mapping (1 for a new name). Versions are never changed: a partner sees
 * a change only when it is moved to the new version. Two writers adding at once get two versions.
 */
export async function addMappingVersion(
  db: ProcessDatabase,
  name: string,
  input: NewMappingVersion,
  actor: string,
): Promise<MappingVersionView> {
  if (!MAPPING_NAME.test(name))
    throw new ValidationError('The mapping name is not valid.', [
      { field: 'name', message: 'lower-case letters, digits, ".", "_" and "-", up to 64' },
    ]);
  const parsed = mappingRulesSchema.safeParse(input.rules);
  if (!parsed.success) {
    throw new ValidationError(
      'The mapping rules are not valid.',
      parsed.error.issues.map((issue) => ({ field: ['rules', ...issue.path].join('.'), message: issue.message })),
    );
  }
  for (let attempt = 0; ; attempt++) {
    const latest = await db.mappingVersion.findFirst({
      where: { name },
      orderBy: { version: 'desc' },
      select: { version: true },
    });
    try {
      const row = await db.mappingVersion.create({
        data: {
          name,
          version: (latest?.version ?? 0) + 1,
          description: input.description,
          rules: mappingRulesColumn.write(parsed.data),
          createdBy: actor,
        },
        include: VIEW_INCLUDE,
      });
      return toView(row);
    } catch (error) {
      // Someone added the same number first: take the next one.
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function listMappingVersions(db: ProcessDatabase, name: string): Promise<MappingVersionView[]> {
  const rows = await db.mappingVersion.findMany({
    where: { name },
    orderBy: { version: 'asc' },
    include: VIEW_INCLUDE,
  });
  if (rows.length === 0) throw new NotFoundError(`There is no mapping ${name}.`);
  return rows.map(toView);
}

export async function getMappingVersion(
  db: ProcessDatabase,
  name: string,
  version: number,
): Promise<MappingVersionView> {
  const row = await db.mappingVersion.findUnique({ where: { name_version: { name, version } }, include: VIEW_INCLUDE });
  if (!row) throw new NotFoundError(`There is no version ${version} of mapping ${name}.`);
  return toView(row);
}
