import { z } from 'zod';
import { mappingRulesSchema } from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { jsonColumn } from '@crossdock/shared-contracts/platform/database/json-column';
import {
  edifactIdentifiersSchema,
  partnerConnectionSchema,
  partnerTransportSchema,
  unitOfMeasureMappingSchema,
  x12IdentifiersSchema,
} from './partner-input';

/** A partner's `Json` columns, read and written as the partner API takes them (partner-input.ts). */
export const partnerColumns = {
  x12: jsonColumn('TradingPartner.x12', x12IdentifiersSchema.nullable()),
  edifact: jsonColumn('TradingPartner.edifact', edifactIdentifiersSchema.nullable()),
  unitOfMeasureMappings: jsonColumn('TradingPartner.unitOfMeasureMappings', z.array(unitOfMeasureMappingSchema)),
  connection: jsonColumn('TradingPartner.connection', partnerConnectionSchema.nullable()),
  transport: jsonColumn('TradingPartner.transport', partnerTransportSchema.nullable()),
};

/** A mapping version's rules. */
export const mappingRulesColumn = jsonColumn('MappingVersion.rules', mappingRulesSchema);
