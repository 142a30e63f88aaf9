/* tslint:disable */
/* eslint-disable */
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import type { TsoaRoute } from '@tsoa/runtime';
import {  fetchMiddlewares, ExpressTemplateService } from '@tsoa/runtime';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { OrderCorrectionsController } from './../work-queue/order-corrections.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { CrossReferencesController } from './../work-queue/cross-references.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { ShipmentsController } from './../shipments/shipments.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { ReturnsController } from './../returns/returns.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PartnersController } from './../partners/partners.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MappingsController } from './../partners/mappings.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PartnerHealthController } from './../partner-health/partner-health.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { OrdersController } from './../orders/orders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { KpisController } from './../kpis/kpis.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { InvoicesController } from './../invoices/invoices.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { InboundDocumentsController } from './../inbound-documents/inbound-documents.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { HoldsController } from './../holds/holds.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { SubscriptionsController } from './../events/subscriptions.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { EventsController } from './../events/events.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { DeadLettersController } from './../dead-letters/dead-letters.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { WebhooksController } from './../channels/webhooks.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { UblOrderResponseController } from './../channels/ubl/ubl-order-response.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { UblInboundController } from './../channels/ubl/ubl-inbound.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PartnerOutboundController } from './../channels/outbound-documents/outbound-documents.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { OutboundDocumentsController } from './../channels/outbound-documents/outbound-documents.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { EdifactInboundController } from './../channels/edifact-inbound/edifact-inbound.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { X12InboundController } from './../channels/edi/x12-inbound.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { BigCommerceWebhooksController } from './../channels/bigcommerce/bigcommerce-webhooks.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { BusinessFiguresController } from './../business-figures/business-figures.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { BackordersController } from './../backorders/backorders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { AuditController } from './../audit/audit.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { AlertRulesController } from './../alerts/alert-rules.controller';
import { expressAuthentication } from './../authentication';
// @ts-ignore - no great way to install types from subpackage
import { iocContainer } from './../ioc';
import type { IocContainer, IocContainerFactory } from '@tsoa/runtime';
import type { Request as ExRequest, Response as ExResponse, RequestHandler, Router } from 'express';

const expressAuthenticationRecasted = expressAuthentication as (req: ExRequest, securityName: string, scopes?: string[], res?: ExResponse) => Promise<any>;


// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

const models: TsoaRoute.Models = {
    "FieldError": {
        "dataType": "refObject",
        "properties": {
            "field": {"dataType":"string","required":true},
            "message": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProblemDetails": {
        "dataType": "refObject",
        "properties": {
            "type": {"dataType":"string","required":true},
            "title": {"dataType":"string","required":true},
            "status": {"dataType":"double","required":true},
            "detail": {"dataType":"string"},
            "instance": {"dataType":"string"},
            "correlationId": {"dataType":"string"},
            "reasonCode": {"dataType":"string"},
            "errors": {"dataType":"array","array":{"dataType":"refObject","ref":"FieldError"}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundDocumentStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["received"]},{"dataType":"enum","enums":["processed"]},{"dataType":"enum","enums":["partially-processed"]},{"dataType":"enum","enums":["rejected"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundOrderOutcome": {
        "dataType": "refObject",
        "properties": {
            "sourceOrderId": {"dataType":"string"},
            "orderId": {"dataType":"string"},
            "duplicate": {"dataType":"boolean"},
            "possibleDuplicateOf": {"dataType":"string"},
            "problem": {"dataType":"nestedObjectLiteral","nestedProperties":{"errors":{"dataType":"array","array":{"dataType":"refObject","ref":"FieldError"}},"detail":{"dataType":"string"},"title":{"dataType":"string","required":true}}},
            "test": {"dataType":"boolean"},
            "cancellation": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["cancelled"]},{"dataType":"enum","enums":["already-cancelled"]},{"dataType":"enum","enums":["nothing-to-cancel"]},{"dataType":"enum","enums":["too-late"]}]},
            "notes": {"dataType":"array","array":{"dataType":"string"}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundReceipt": {
        "dataType": "refObject",
        "properties": {
            "documentId": {"dataType":"string","required":true},
            "duplicate": {"dataType":"boolean","required":true},
            "status": {"ref":"InboundDocumentStatus","required":true},
            "outcomes": {"dataType":"array","array":{"dataType":"refObject","ref":"InboundOrderOutcome"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SalesChannel": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["portal"]},{"dataType":"enum","enums":["mobile"]},{"dataType":"enum","enums":["marketplace"]},{"dataType":"enum","enums":["x12"]},{"dataType":"enum","enums":["edifact"]},{"dataType":"enum","enums":["shopify"]},{"dataType":"enum","enums":["woocommerce"]},{"dataType":"enum","enums":["bigcommerce"]},{"dataType":"enum","enums":["magento"]},{"dataType":"enum","enums":["amazon"]},{"dataType":"enum","enums":["amazon-vendor"]},{"dataType":"enum","enums":["csv"]},{"dataType":"enum","enums":["api"]},{"dataType":"enum","enums":["ubl"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SalesOrderStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["RECEIVED"]},{"dataType":"enum","enums":["VALIDATED"]},{"dataType":"enum","enums":["PLANNED"]},{"dataType":"enum","enums":["SUBMITTED"]},{"dataType":"enum","enums":["PARTIALLY_SHIPPED"]},{"dataType":"enum","enums":["SHIPPED"]},{"dataType":"enum","enums":["INVOICED"]},{"dataType":"enum","enums":["CLOSED"]},{"dataType":"enum","enums":["HELD"]},{"dataType":"enum","enums":["REJECTED"]},{"dataType":"enum","enums":["CANCELLED"]},{"dataType":"enum","enums":["FAILED"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AddressAsSent": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string"},
            "line1": {"dataType":"string"},
            "line2": {"dataType":"string"},
            "city": {"dataType":"string"},
            "region": {"dataType":"string"},
            "postalCode": {"dataType":"string"},
            "country": {"dataType":"string"},
            "contactName": {"dataType":"string"},
            "contactPhone": {"dataType":"string"},
            "contactEmail": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessOrderLine": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"double","required":true},
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string"},
            "unitPrice": {"dataType":"string"},
            "currency": {"dataType":"string"},
            "lineTotal": {"dataType":"string"},
            "priceRule": {"dataType":"string"},
            "shipsNothing": {"dataType":"enum","enums":[true]},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WarehouseAllocation": {
        "dataType": "refObject",
        "properties": {
            "warehouseId": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PlannedLineView": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"double","required":true},
            "sku": {"dataType":"string","required":true},
            "baseQuantity": {"dataType":"double","required":true},
            "allocations": {"dataType":"array","array":{"dataType":"refObject","ref":"WarehouseAllocation"},"required":true},
            "backordered": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "FulfilmentPlanView": {
        "dataType": "refObject",
        "properties": {
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PlannedLineView"},"required":true},
            "hasBackorders": {"dataType":"boolean","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessOrderHold": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "reasonCode": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
            "status": {"dataType":"string","required":true},
            "step": {"dataType":"string","required":true},
            "createdAt": {"dataType":"string","required":true},
            "resolvedAt": {"dataType":"string"},
            "resolvedBy": {"dataType":"string"},
            "resolution": {"dataType":"string"},
            "duplicateOfOrderId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessOrderDeadLetter": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "step": {"dataType":"string","required":true},
            "lastError": {"dataType":"string","required":true},
            "createdAt": {"dataType":"string","required":true},
            "replayedAt": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessOrderErpWait": {
        "dataType": "refObject",
        "properties": {
            "since": {"dataType":"string","required":true},
            "step": {"dataType":"string","required":true},
            "reason": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TimelineEntry": {
        "dataType": "refObject",
        "properties": {
            "step": {"dataType":"string","required":true},
            "outcome": {"dataType":"string","required":true},
            "detail": {"dataType":"string"},
            "correlationId": {"dataType":"string","required":true},
            "actor": {"dataType":"string","required":true},
            "at": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessOrder": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "channel": {"ref":"SalesChannel","required":true},
            "sourceOrderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "purchaseOrderNumber": {"dataType":"string"},
            "status": {"ref":"SalesOrderStatus","required":true},
            "currency": {"dataType":"string"},
            "shipTo": {"ref":"AddressAsSent"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderLine"},"required":true},
            "subtotal": {"dataType":"string"},
            "tax": {"dataType":"string"},
            "total": {"dataType":"string"},
            "plan": {"ref":"FulfilmentPlanView"},
            "erpOrderId": {"dataType":"string"},
            "holds": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderHold"},"required":true},
            "deadLetters": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderDeadLetter"},"required":true},
            "waitingForErp": {"ref":"ProcessOrderErpWait"},
            "timeline": {"dataType":"array","array":{"dataType":"refObject","ref":"TimelineEntry"},"required":true},
            "createdAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "IsoDateTime": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DateTimeWindow": {
        "dataType": "refObject",
        "properties": {
            "start": {"ref":"IsoDateTime","required":true},
            "end": {"ref":"IsoDateTime","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CurrencyCode": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{"pattern":{"value":"^[A-Z]{3}$"}}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "IsoDate": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CountryCode": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{"pattern":{"value":"^[A-Z]{2}$"}}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Address": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "line1": {"dataType":"string","required":true},
            "line2": {"dataType":"string"},
            "city": {"dataType":"string","required":true},
            "region": {"dataType":"string"},
            "postalCode": {"dataType":"string"},
            "country": {"ref":"CountryCode","required":true},
            "contactName": {"dataType":"string"},
            "contactPhone": {"dataType":"string"},
            "contactEmail": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Quantity": {
        "dataType": "refAlias",
        "type": {"dataType":"double","validators":{"minimum":{"value":0}}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DecimalString": {
        "dataType": "refAlias",
        "type": {"dataType":"string","validators":{"pattern":{"value":"^-?\\d{1,14}(\\.\\d{1,4})?$"}}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SalesOrderLineInput": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"integer","validators":{"minimum":{"value":1}}},
            "sku": {"dataType":"string","required":true},
            "quantity": {"ref":"Quantity","required":true},
            "uom": {"dataType":"string"},
            "unitPrice": {"ref":"DecimalString"},
            "customerPartNumber": {"dataType":"string"},
            "shipsNothing": {"dataType":"enum","enums":[true]},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ChannelSalesOrder": {
        "dataType": "refObject",
        "properties": {
            "channel": {"ref":"SalesChannel","required":true},
            "sourceOrderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "purchaseOrderNumber": {"dataType":"string"},
            "currency": {"ref":"CurrencyCode"},
            "requestedDeliveryDate": {"ref":"IsoDate"},
            "billTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"SalesOrderLineInput"},"required":true,"validators":{"minItems":{"value":1}}},
            "shipTo": {"ref":"AddressAsSent"},
            "shipWindow": {"ref":"DateTimeWindow"},
            "deliveryWindow": {"ref":"DateTimeWindow"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundDocumentPartView": {
        "dataType": "refObject",
        "properties": {
            "seq": {"dataType":"integer","required":true},
            "name": {"dataType":"string","required":true},
            "contentType": {"dataType":"string","required":true},
            "sizeBytes": {"dataType":"integer","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundDocumentOrderView": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "sourceOrderId": {"dataType":"string","required":true},
            "partnerId": {"dataType":"string","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "linkedAt": {"dataType":"string","required":true},
            "status": {"ref":"SalesOrderStatus","required":true},
            "canonicalOrder": {"ref":"ChannelSalesOrder","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InboundDocumentView": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "channel": {"dataType":"string","required":true},
            "kind": {"dataType":"string","required":true},
            "partnerId": {"dataType":"string"},
            "deliveryId": {"dataType":"string"},
            "status": {"ref":"InboundDocumentStatus","required":true},
            "sha256": {"dataType":"string","required":true},
            "correlationId": {"dataType":"string","required":true},
            "receivedAt": {"dataType":"string","required":true},
            "processedAt": {"dataType":"string"},
            "parts": {"dataType":"array","array":{"dataType":"refObject","ref":"InboundDocumentPartView"},"required":true},
            "outcomes": {"dataType":"array","array":{"dataType":"refObject","ref":"InboundOrderOutcome"},"required":true},
            "orders": {"dataType":"array","array":{"dataType":"refObject","ref":"InboundDocumentOrderView"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WorkbenchPart": {
        "dataType": "refObject",
        "properties": {
            "seq": {"dataType":"integer","required":true},
            "name": {"dataType":"string","required":true},
            "contentType": {"dataType":"string","required":true},
            "sizeBytes": {"dataType":"integer","required":true},
            "href": {"dataType":"string","required":true},
            "text": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProductIdRule": {
        "dataType": "refObject",
        "properties": {
            "qualifier": {"dataType":"string","required":true},
            "lookup": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["cross-reference"]},{"dataType":"enum","enums":["as-sku"]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CustomerRule": {
        "dataType": "refObject",
        "properties": {
            "from": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["partner"]},{"dataType":"enum","enums":["party"]}],"required":true},
            "party": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["buyer"]},{"dataType":"enum","enums":["shipTo"]},{"dataType":"enum","enums":["billTo"]}]},
            "qualifier": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Record_string.string_": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{},"additionalProperties":{"dataType":"string"},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UnitRules": {
        "dataType": "refObject",
        "properties": {
            "default": {"dataType":"string"},
            "map": {"ref":"Record_string.string_"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MappingDefaults": {
        "dataType": "refObject",
        "properties": {
            "currency": {"dataType":"string"},
            "country": {"dataType":"string"},
            "shipToName": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MappingRules": {
        "dataType": "refObject",
        "properties": {
            "productIds": {"dataType":"array","array":{"dataType":"refObject","ref":"ProductIdRule"},"required":true,"validators":{"minItems":{"value":1}}},
            "customer": {"ref":"CustomerRule","required":true},
            "units": {"ref":"UnitRules"},
            "prices": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["keep"]},{"dataType":"enum","enums":["ignore"]}],"required":true},
            "lineNumbers": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["position"]},{"dataType":"enum","enums":["source"]}]},
            "customerPartNumberQualifier": {"dataType":"string"},
            "defaults": {"ref":"MappingDefaults"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MappingVersionView": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "version": {"dataType":"integer","required":true},
            "description": {"dataType":"string","required":true},
            "rules": {"ref":"MappingRules","required":true},
            "createdBy": {"dataType":"string","required":true},
            "createdAt": {"dataType":"string","required":true},
            "partnerIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WorkbenchSource": {
        "dataType": "refObject",
        "properties": {
            "document": {"ref":"InboundDocumentView","required":true},
            "parts": {"dataType":"array","array":{"dataType":"refObject","ref":"WorkbenchPart"},"required":true},
            "mapping": {"ref":"MappingVersionView"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Record_string.unknown_": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{},"additionalProperties":{"dataType":"any"},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AuditEntry": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "action": {"dataType":"string","required":true},
            "actor": {"dataType":"string","required":true},
            "comment": {"dataType":"string"},
            "orderId": {"dataType":"string"},
            "subjectType": {"dataType":"string","required":true},
            "subjectId": {"dataType":"string"},
            "details": {"ref":"Record_string.unknown_","required":true},
            "correlationId": {"dataType":"string","required":true},
            "at": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrderWorkbench": {
        "dataType": "refObject",
        "properties": {
            "order": {"ref":"ProcessOrder","required":true},
            "canonical": {"ref":"ChannelSalesOrder","required":true},
            "sources": {"dataType":"array","array":{"dataType":"refObject","ref":"WorkbenchSource"},"required":true},
            "audit": {"dataType":"array","array":{"dataType":"refObject","ref":"AuditEntry"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrderCorrection": {
        "dataType": "refObject",
        "properties": {
            "order": {"ref":"ProcessOrder","required":true},
            "before": {"ref":"ChannelSalesOrder","required":true},
            "after": {"ref":"ChannelSalesOrder","required":true},
            "resumesAt": {"dataType":"string","required":true},
            "auditId": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SalesOrderInput": {
        "dataType": "refObject",
        "properties": {
            "channel": {"ref":"SalesChannel","required":true},
            "sourceOrderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "purchaseOrderNumber": {"dataType":"string"},
            "currency": {"ref":"CurrencyCode"},
            "requestedDeliveryDate": {"ref":"IsoDate"},
            "billTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"SalesOrderLineInput"},"required":true,"validators":{"minItems":{"value":1}}},
            "shipTo": {"ref":"Address","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EditCanonicalOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "order": {"ref":"SalesOrderInput","required":true},
            "comment": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ItemCrossReference": {
        "dataType": "refObject",
        "properties": {
            "partnerProductId": {"dataType":"string","required":true},
            "qualifier": {"dataType":"string"},
            "sku": {"dataType":"string","required":true},
            "uom": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrderNotRemapped": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "FixCrossReferenceResult": {
        "dataType": "refObject",
        "properties": {
            "crossReference": {"ref":"ItemCrossReference","required":true},
            "partnerVersion": {"dataType":"double","required":true},
            "replayedOrderIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "unchangedOrderIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "notReplayed": {"dataType":"array","array":{"dataType":"refObject","ref":"OrderNotRemapped"},"required":true},
            "auditId": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "FixCrossReferenceRequest": {
        "dataType": "refObject",
        "properties": {
            "partnerProductId": {"dataType":"string","required":true},
            "qualifier": {"dataType":"string"},
            "sku": {"dataType":"string","required":true},
            "uom": {"dataType":"string"},
            "comment": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
            "replay": {"dataType":"boolean"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessShipment": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "warehouseId": {"dataType":"string","required":true},
            "carrier": {"dataType":"string","required":true},
            "trackingNumber": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"sku":{"dataType":"string","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
            "milestone": {"dataType":"string","required":true},
            "shippedAt": {"dataType":"string"},
            "deliveredAt": {"dataType":"string"},
            "invoiceId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReportShipmentLine": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "quantity": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReportShipmentRequest": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "warehouseId": {"dataType":"string","required":true},
            "carrier": {"dataType":"string","required":true},
            "trackingNumber": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"ReportShipmentLine"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ShipmentMilestone": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["picked"]},{"dataType":"enum","enums":["packed"]},{"dataType":"enum","enums":["shipped"]},{"dataType":"enum","enums":["delivered"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReportMilestoneRequest": {
        "dataType": "refObject",
        "properties": {
            "milestone": {"ref":"ShipmentMilestone","required":true},
            "at": {"dataType":"string"},
            "trackingNumber": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OrderReturnStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["review"]},{"dataType":"enum","enums":["authorised"]},{"dataType":"enum","enums":["rejected"]},{"dataType":"enum","enums":["received"]},{"dataType":"enum","enums":["credited"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessReturn": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "status": {"ref":"OrderReturnStatus","required":true},
            "reason": {"dataType":"string","required":true},
            "reviewReasons": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"sku":{"dataType":"string","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
            "erpReturnId": {"dataType":"string"},
            "creditMemoId": {"dataType":"string"},
            "creditAmount": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReturnReason": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["DAMAGED"]},{"dataType":"enum","enums":["DEFECTIVE"]},{"dataType":"enum","enums":["WRONG_ITEM"]},{"dataType":"enum","enums":["NOT_ORDERED"]},{"dataType":"enum","enums":["NO_LONGER_NEEDED"]},{"dataType":"enum","enums":["OTHER"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "RequestOrderReturn": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "reason": {"ref":"ReturnReason","required":true},
            "note": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_ProcessReturn_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessReturn"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReturnDisposition": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["restock"]},{"dataType":"enum","enums":["scrap"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReceiveOrderReturn": {
        "dataType": "refObject",
        "properties": {
            "warehouseId": {"dataType":"string","required":true},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"disposition":{"ref":"ReturnDisposition","required":true},"quantity":{"dataType":"double","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerChannel": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["x12"]},{"dataType":"enum","enums":["edifact"]},{"dataType":"enum","enums":["shopify"]},{"dataType":"enum","enums":["woocommerce"]},{"dataType":"enum","enums":["bigcommerce"]},{"dataType":"enum","enums":["magento"]},{"dataType":"enum","enums":["amazon"]},{"dataType":"enum","enums":["amazon-vendor"]},{"dataType":"enum","enums":["csv"]},{"dataType":"enum","enums":["ubl"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "X12Identifiers": {
        "dataType": "refObject",
        "properties": {
            "senderQualifier": {"dataType":"string","required":true},
            "senderId": {"dataType":"string","required":true},
            "receiverQualifier": {"dataType":"string","required":true},
            "receiverId": {"dataType":"string","required":true},
            "applicationSenderCode": {"dataType":"string"},
            "applicationReceiverCode": {"dataType":"string"},
            "testMode": {"dataType":"boolean"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EdifactIdentifiers": {
        "dataType": "refObject",
        "properties": {
            "senderId": {"dataType":"string","required":true},
            "senderQualifier": {"dataType":"string"},
            "recipientId": {"dataType":"string","required":true},
            "recipientQualifier": {"dataType":"string"},
            "testMode": {"dataType":"boolean"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PeppolEndpoint": {
        "dataType": "refObject",
        "properties": {
            "schemeId": {"dataType":"string","required":true},
            "id": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerIdentifiers": {
        "dataType": "refObject",
        "properties": {
            "x12": {"ref":"X12Identifiers"},
            "edifact": {"ref":"EdifactIdentifiers"},
            "shopDomain": {"dataType":"string"},
            "sellerId": {"dataType":"string"},
            "peppolEndpoint": {"ref":"PeppolEndpoint"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "UnitOfMeasureMapping": {
        "dataType": "refObject",
        "properties": {
            "partnerUom": {"dataType":"string","required":true},
            "uom": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AmazonOrdersApi": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["v0"]},{"dataType":"enum","enums":["2026-01-01"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Pick_PartnerConnection.Exclude_keyofPartnerConnection.accessToken-or-lwaClientSecret-or-lwaRefreshToken-or-webhookHeaders__": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"baseUrl":{"dataType":"string","required":true},"marketplaceIds":{"dataType":"union","subSchemas":[{"dataType":"array","array":{"dataType":"string"}},{"dataType":"undefined"}]},"startFrom":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]},"pageSize":{"dataType":"union","subSchemas":[{"dataType":"integer"},{"dataType":"undefined"}],"validators":{"minimum":{"value":1},"maximum":{"value":100}}},"lwaClientId":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]},"lwaTokenUrl":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]},"ordersApi":{"dataType":"union","subSchemas":[{"ref":"AmazonOrdersApi"},{"dataType":"undefined"}]},"buyerData":{"dataType":"union","subSchemas":[{"dataType":"boolean"},{"dataType":"undefined"}]}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Omit_PartnerConnection.accessToken-or-lwaClientSecret-or-lwaRefreshToken-or-webhookHeaders_": {
        "dataType": "refAlias",
        "type": {"ref":"Pick_PartnerConnection.Exclude_keyofPartnerConnection.accessToken-or-lwaClientSecret-or-lwaRefreshToken-or-webhookHeaders__","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "As2Transport": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"enum","enums":["as2"],"required":true},
            "as2From": {"dataType":"string","required":true},
            "as2To": {"dataType":"string","required":true},
            "url": {"dataType":"string"},
            "mdn": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["sync"]},{"dataType":"enum","enums":["async"]},{"dataType":"enum","enums":["none"]}]},
            "certificateFingerprint": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Pick_SftpTransport.Exclude_keyofSftpTransport.password-or-privateKey__": {
        "dataType": "refAlias",
        "type": {"dataType":"nestedObjectLiteral","nestedProperties":{"kind":{"dataType":"enum","enums":["sftp"],"required":true},"host":{"dataType":"string","required":true},"port":{"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"undefined"}]},"username":{"dataType":"string","required":true},"inboundPath":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]},"outboundPath":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]},"hostKeyFingerprint":{"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"undefined"}]}},"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Omit_SftpTransport.password-or-privateKey_": {
        "dataType": "refAlias",
        "type": {"ref":"Pick_SftpTransport.Exclude_keyofSftpTransport.password-or-privateKey__","validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "VanTransport": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"enum","enums":["van"],"required":true},
            "provider": {"dataType":"string","required":true},
            "mailbox": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ApiTransport": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"enum","enums":["api"],"required":true},
            "contact": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WebhookTransport": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"enum","enums":["webhook"],"required":true},
            "topics": {"dataType":"array","array":{"dataType":"string"}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerTransportView": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"ref":"As2Transport"},{"dataType":"intersection","subSchemas":[{"ref":"Omit_SftpTransport.password-or-privateKey_"},{"dataType":"nestedObjectLiteral","nestedProperties":{"privateKeySet":{"dataType":"boolean","required":true},"passwordSet":{"dataType":"boolean","required":true}}}]},{"ref":"VanTransport"},{"ref":"ApiTransport"},{"ref":"WebhookTransport"}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PollerState": {
        "dataType": "refObject",
        "properties": {
            "cursor": {"ref":"Record_string.unknown_","required":true},
            "nextPollAt": {"dataType":"string","required":true},
            "lastPolledAt": {"dataType":"string"},
            "consecutiveFailures": {"dataType":"double","required":true},
            "lastError": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerView": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "name": {"dataType":"string","required":true},
            "channel": {"ref":"PartnerChannel","required":true},
            "customerId": {"dataType":"string","required":true},
            "active": {"dataType":"boolean","required":true},
            "identifiers": {"ref":"PartnerIdentifiers","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "itemCrossReferences": {"dataType":"array","array":{"dataType":"refObject","ref":"ItemCrossReference"},"required":true},
            "unitOfMeasureMappings": {"dataType":"array","array":{"dataType":"refObject","ref":"UnitOfMeasureMapping"},"required":true},
            "priceTolerancePercent": {"ref":"DecimalString","required":true},
            "allowBackorders": {"dataType":"boolean"},
            "reusesPurchaseOrderNumbers": {"dataType":"boolean","required":true},
            "webhookSecretCount": {"dataType":"double","required":true},
            "connection": {"dataType":"intersection","subSchemas":[{"ref":"Omit_PartnerConnection.accessToken-or-lwaClientSecret-or-lwaRefreshToken-or-webhookHeaders_"},{"dataType":"nestedObjectLiteral","nestedProperties":{"lwaRefreshTokenSet":{"dataType":"boolean"},"lwaClientSecretSet":{"dataType":"boolean"},"webhookHeaderNames":{"dataType":"array","array":{"dataType":"string"}},"accessTokenSet":{"dataType":"boolean","required":true}}}]},
            "transport": {"ref":"PartnerTransportView"},
            "poller": {"ref":"PollerState"},
            "version": {"dataType":"double","required":true},
            "createdAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerConnection": {
        "dataType": "refObject",
        "properties": {
            "baseUrl": {"dataType":"string","required":true},
            "accessToken": {"dataType":"string"},
            "marketplaceIds": {"dataType":"array","array":{"dataType":"string"}},
            "startFrom": {"dataType":"string"},
            "pageSize": {"dataType":"integer","validators":{"minimum":{"value":1},"maximum":{"value":100}}},
            "lwaClientId": {"dataType":"string"},
            "lwaClientSecret": {"dataType":"string"},
            "lwaRefreshToken": {"dataType":"string"},
            "lwaTokenUrl": {"dataType":"string"},
            "ordersApi": {"ref":"AmazonOrdersApi"},
            "buyerData": {"dataType":"boolean"},
            "webhookHeaders": {"ref":"Record_string.string_"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SftpTransport": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"enum","enums":["sftp"],"required":true},
            "host": {"dataType":"string","required":true},
            "port": {"dataType":"double"},
            "username": {"dataType":"string","required":true},
            "inboundPath": {"dataType":"string"},
            "outboundPath": {"dataType":"string"},
            "password": {"dataType":"string"},
            "privateKey": {"dataType":"string"},
            "hostKeyFingerprint": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerTransport": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"ref":"As2Transport"},{"ref":"SftpTransport"},{"ref":"VanTransport"},{"ref":"ApiTransport"},{"ref":"WebhookTransport"}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "NewPartner": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "channel": {"ref":"PartnerChannel","required":true},
            "customerId": {"dataType":"string","required":true},
            "active": {"dataType":"boolean"},
            "identifiers": {"ref":"PartnerIdentifiers","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "itemCrossReferences": {"dataType":"array","array":{"dataType":"refObject","ref":"ItemCrossReference"}},
            "unitOfMeasureMappings": {"dataType":"array","array":{"dataType":"refObject","ref":"UnitOfMeasureMapping"}},
            "priceTolerancePercent": {"ref":"DecimalString"},
            "allowBackorders": {"dataType":"boolean"},
            "reusesPurchaseOrderNumbers": {"dataType":"boolean"},
            "webhookSecrets": {"dataType":"array","array":{"dataType":"string"}},
            "connection": {"ref":"PartnerConnection"},
            "transport": {"ref":"PartnerTransport"},
            "id": {"dataType":"string","required":true,"validators":{"pattern":{"value":"^[A-Za-z0-9._-]{1,64}$"}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerInput": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "channel": {"ref":"PartnerChannel","required":true},
            "customerId": {"dataType":"string","required":true},
            "active": {"dataType":"boolean"},
            "identifiers": {"ref":"PartnerIdentifiers","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "itemCrossReferences": {"dataType":"array","array":{"dataType":"refObject","ref":"ItemCrossReference"}},
            "unitOfMeasureMappings": {"dataType":"array","array":{"dataType":"refObject","ref":"UnitOfMeasureMapping"}},
            "priceTolerancePercent": {"ref":"DecimalString"},
            "allowBackorders": {"dataType":"boolean"},
            "reusesPurchaseOrderNumbers": {"dataType":"boolean"},
            "webhookSecrets": {"dataType":"array","array":{"dataType":"string"}},
            "connection": {"ref":"PartnerConnection"},
            "transport": {"ref":"PartnerTransport"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PinMappingRequest": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true},
            "version": {"dataType":"integer","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SampleAcknowledgement": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["997"]},{"dataType":"enum","enums":["CONTRL"]},{"dataType":"enum","enums":["OrderResponse"]},{"dataType":"enum","enums":["HTTP"]}],"required":true},
            "verdict": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["accepted"]},{"dataType":"enum","enums":["accepted with errors"]},{"dataType":"enum","enums":["rejected"]},{"dataType":"enum","enums":["none asked for"]}],"required":true},
            "text": {"dataType":"string"},
            "summary": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MappingDifference": {
        "dataType": "refObject",
        "properties": {
            "field": {"dataType":"string","required":true},
            "before": {"dataType":"any"},
            "after": {"dataType":"any"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DryRunOrder": {
        "dataType": "refObject",
        "properties": {
            "sourceOrderId": {"dataType":"string","required":true},
            "order": {"ref":"ChannelSalesOrder"},
            "problems": {"dataType":"array","array":{"dataType":"refObject","ref":"FieldError"}},
            "differences": {"dataType":"array","array":{"dataType":"refObject","ref":"MappingDifference"}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SampleDryRunResult": {
        "dataType": "refObject",
        "properties": {
            "partnerId": {"dataType":"string","required":true},
            "channel": {"dataType":"string","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "outcome": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["taken-in"]},{"dataType":"enum","enums":["refused"]}],"required":true},
            "sender": {"dataType":"nestedObjectLiteral","nestedProperties":{"matches":{"dataType":"boolean","required":true},"expected":{"dataType":"string","required":true},"found":{"dataType":"string"}},"required":true},
            "problems": {"dataType":"array","array":{"dataType":"refObject","ref":"FieldError"},"required":true},
            "acknowledgement": {"ref":"SampleAcknowledgement"},
            "orders": {"dataType":"array","array":{"dataType":"refObject","ref":"DryRunOrder"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SampleDryRunRequest": {
        "dataType": "refObject",
        "properties": {
            "document": {"dataType":"string","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PollReport": {
        "dataType": "refObject",
        "properties": {
            "partnerId": {"dataType":"string","required":true},
            "polled": {"dataType":"boolean","required":true},
            "documentIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "nextPollAt": {"dataType":"string"},
            "error": {"dataType":"string"},
            "detail": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "NewMappingVersion": {
        "dataType": "refObject",
        "properties": {
            "description": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
            "rules": {"ref":"MappingRules","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DryRunResult": {
        "dataType": "refObject",
        "properties": {
            "documentId": {"dataType":"string","required":true},
            "partnerId": {"dataType":"string","required":true},
            "mapping": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}},"required":true},
            "comparedWith": {"dataType":"nestedObjectLiteral","nestedProperties":{"version":{"dataType":"double","required":true},"name":{"dataType":"string","required":true}}},
            "orders": {"dataType":"array","array":{"dataType":"refObject","ref":"DryRunOrder"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DryRunRequest": {
        "dataType": "refObject",
        "properties": {
            "documentId": {"dataType":"string","required":true},
            "partnerId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ServiceLevelTargets": {
        "dataType": "refObject",
        "properties": {
            "ingestionLatencyP95Minutes": {"dataType":"double","required":true},
            "backlogAgeHours": {"dataType":"double","required":true},
            "partnerErrorRate": {"dataType":"double","required":true},
            "acknowledgementHours": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ServiceLevel": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["ingestionLatencyP95"]},{"dataType":"enum","enums":["backlogAge"]},{"dataType":"enum","enums":["partnerErrorRate"]},{"dataType":"enum","enums":["acknowledgements"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ServiceLevelBreach": {
        "dataType": "refObject",
        "properties": {
            "target": {"ref":"ServiceLevel","required":true},
            "partnerId": {"dataType":"string"},
            "measured": {"dataType":"double","required":true},
            "limit": {"dataType":"double","required":true},
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerHealth": {
        "dataType": "refObject",
        "properties": {
            "partnerId": {"dataType":"string","required":true},
            "name": {"dataType":"string","required":true},
            "channel": {"dataType":"string","required":true},
            "active": {"dataType":"boolean","required":true},
            "lastDocumentAt": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
            "documents": {"dataType":"double","required":true},
            "documentsWithErrors": {"dataType":"double","required":true},
            "errorRate": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
            "acknowledgementsOverdue": {"dataType":"double","required":true},
            "oldestOverdueSentAt": {"dataType":"union","subSchemas":[{"dataType":"string"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PartnerHealthReport": {
        "dataType": "refObject",
        "properties": {
            "from": {"dataType":"string","required":true},
            "to": {"dataType":"string","required":true},
            "targets": {"ref":"ServiceLevelTargets","required":true},
            "breaches": {"dataType":"array","array":{"dataType":"refObject","ref":"ServiceLevelBreach"},"required":true},
            "partners": {"dataType":"array","array":{"dataType":"refObject","ref":"PartnerHealth"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PlaceOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "channel": {"ref":"SalesChannel","required":true},
            "sourceOrderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "purchaseOrderNumber": {"dataType":"string"},
            "currency": {"ref":"CurrencyCode"},
            "requestedDeliveryDate": {"ref":"IsoDate"},
            "billTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"SalesOrderLineInput"},"required":true,"validators":{"minItems":{"value":1}}},
            "shipTo": {"ref":"Address"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_ProcessOrder_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrder"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CancelOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "reason": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "KpiBucket": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["hour"]},{"dataType":"enum","enums":["day"]},{"dataType":"enum","enums":["week"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "KpiFilters": {
        "dataType": "refObject",
        "properties": {
            "channel": {"dataType":"string"},
            "partner": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "KpiFigures": {
        "dataType": "refObject",
        "properties": {
            "documentsReceived": {"dataType":"double","required":true},
            "ordersReceived": {"dataType":"double","required":true},
            "ingestionLatencyMs": {"dataType":"union","subSchemas":[{"dataType":"nestedObjectLiteral","nestedProperties":{"p99":{"dataType":"double","required":true},"p95":{"dataType":"double","required":true},"p50":{"dataType":"double","required":true}}},{"dataType":"enum","enums":[null]}],"required":true},
            "exceptions": {"dataType":"double","required":true},
            "exceptionRate": {"dataType":"double","required":true},
            "exceptionsByReason": {"dataType":"nestedObjectLiteral","nestedProperties":{},"additionalProperties":{"dataType":"double"},"required":true},
            "duplicatesRefused": {"dataType":"double","required":true},
            "duplicateRate": {"dataType":"double","required":true},
            "inventorySyncDelayMs": {"dataType":"union","subSchemas":[{"dataType":"nestedObjectLiteral","nestedProperties":{"p95":{"dataType":"double","required":true},"p50":{"dataType":"double","required":true}}},{"dataType":"enum","enums":[null]}],"required":true},
            "shipmentNotificationDelayMs": {"dataType":"union","subSchemas":[{"dataType":"nestedObjectLiteral","nestedProperties":{"p95":{"dataType":"double","required":true}}},{"dataType":"enum","enums":[null]}],"required":true},
            "openDeadLetters": {"dataType":"double","required":true},
            "openHolds": {"dataType":"double","required":true},
            "oldestOpenExceptionAgeSeconds": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
            "ordersWaitingForErp": {"dataType":"double"},
            "transientFailures": {"dataType":"double","required":true},
            "transientRecovered": {"dataType":"double","required":true},
            "retrySuccessRate": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
            "meanTimeToResolutionSeconds": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
            "orderCycleTimeSeconds": {"dataType":"nestedObjectLiteral","nestedProperties":{"receivedToInvoiced":{"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},"receivedToShipped":{"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true}},"required":true},
            "manualActions": {"dataType":"double","required":true},
            "manualActionsPer100Orders": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "KpiReport": {
        "dataType": "refObject",
        "properties": {
            "from": {"dataType":"string","required":true},
            "to": {"dataType":"string","required":true},
            "bucket": {"ref":"KpiBucket","required":true},
            "filters": {"ref":"KpiFilters","required":true},
            "totals": {"ref":"KpiFigures","required":true},
            "previousPeriod": {"ref":"KpiFigures","required":true},
            "buckets": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"figures":{"ref":"KpiFigures","required":true},"end":{"dataType":"string","required":true},"start":{"dataType":"string","required":true}}},"required":true},
            "byChannel": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"figures":{"ref":"KpiFigures","required":true},"channel":{"dataType":"string","required":true}}},"required":true},
            "byPartner": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"figures":{"ref":"KpiFigures","required":true},"partnerName":{"dataType":"string","required":true},"partnerId":{"dataType":"string","required":true}}},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvoiceLine": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "orderLineNumber": {"dataType":"integer","validators":{"minimum":{"value":1}}},
            "sku": {"dataType":"string","required":true},
            "description": {"dataType":"string"},
            "quantity": {"ref":"Quantity","required":true},
            "uom": {"dataType":"string","required":true},
            "unitPrice": {"ref":"DecimalString","required":true},
            "amount": {"ref":"DecimalString","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Invoice": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "currency": {"ref":"CurrencyCode","required":true},
            "invoiceDate": {"ref":"IsoDate","required":true},
            "dueDate": {"ref":"IsoDate","required":true},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"InvoiceLine"},"required":true},
            "subtotal": {"ref":"DecimalString","required":true},
            "tax": {"ref":"DecimalString","required":true},
            "freight": {"ref":"DecimalString","required":true},
            "total": {"ref":"DecimalString","required":true},
            "balanceDue": {"ref":"DecimalString","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "InvoiceShipmentRequest": {
        "dataType": "refObject",
        "properties": {
            "shipmentId": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_InboundDocumentView_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"InboundDocumentView"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "HoldStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["rejected"]},{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["released"]},{"dataType":"enum","enums":["overridden"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessHold": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "channel": {"dataType":"string"},
            "sourceOrderId": {"dataType":"string"},
            "purchaseOrderNumber": {"dataType":"string"},
            "orderStatus": {"ref":"SalesOrderStatus","required":true},
            "reasonCode": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
            "step": {"dataType":"string","required":true},
            "status": {"ref":"HoldStatus","required":true},
            "createdAt": {"dataType":"string","required":true},
            "resolvedAt": {"dataType":"string"},
            "resolvedBy": {"dataType":"string"},
            "resolution": {"dataType":"string"},
            "duplicateOfOrderId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_ProcessHold_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessHold"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "WorkQueueTab": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["retrying"]},{"dataType":"enum","enums":["resolved"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "HoldNotReleased": {
        "dataType": "refObject",
        "properties": {
            "holdId": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "BulkReleaseHoldsResult": {
        "dataType": "refObject",
        "properties": {
            "dryRun": {"dataType":"boolean","required":true},
            "matched": {"dataType":"double","required":true},
            "sample": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessHold"},"required":true},
            "released": {"dataType":"double","required":true},
            "orderIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "notReleased": {"dataType":"array","array":{"dataType":"refObject","ref":"HoldNotReleased"},"required":true},
            "more": {"dataType":"boolean","required":true},
            "auditId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "BulkReleaseHoldsRequest": {
        "dataType": "refObject",
        "properties": {
            "channel": {"ref":"SalesChannel"},
            "partnerId": {"dataType":"string"},
            "customerId": {"dataType":"string"},
            "olderThan": {"dataType":"datetime"},
            "minAgeMinutes": {"dataType":"integer","validators":{"minimum":{"value":0}}},
            "q": {"dataType":"string","validators":{"maxLength":{"value":200}}},
            "dryRun": {"dataType":"boolean"},
            "comment": {"dataType":"string","validators":{"maxLength":{"value":500}}},
            "reasonCode": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReleaseHoldRequest": {
        "dataType": "refObject",
        "properties": {
            "note": {"dataType":"string","validators":{"maxLength":{"value":500}}},
            "shipTo": {"ref":"Address"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OverrideHoldRequest": {
        "dataType": "refObject",
        "properties": {
            "reason": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "RejectHoldRequest": {
        "dataType": "refObject",
        "properties": {
            "reason": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CreatedSubscription": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "url": {"dataType":"string","required":true},
            "eventTypes": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "active": {"dataType":"boolean","required":true},
            "createdAt": {"dataType":"string","required":true},
            "secret": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CreateSubscriptionRequest": {
        "dataType": "refObject",
        "properties": {
            "url": {"dataType":"string","required":true},
            "eventTypes": {"dataType":"array","array":{"dataType":"string"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessSubscription": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "url": {"dataType":"string","required":true},
            "eventTypes": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "active": {"dataType":"boolean","required":true},
            "createdAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DeliveryState": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["pending"]},{"dataType":"enum","enums":["delivered"]},{"dataType":"enum","enums":["dead"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EventDeliveryView": {
        "dataType": "refObject",
        "properties": {
            "eventId": {"dataType":"string","required":true},
            "subject": {"dataType":"string","required":true},
            "state": {"ref":"DeliveryState","required":true},
            "attempts": {"dataType":"double","required":true},
            "nextAttemptAt": {"dataType":"string"},
            "deliveredAt": {"dataType":"string"},
            "lastError": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReplayResult": {
        "dataType": "refObject",
        "properties": {
            "scheduled": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReplayRequest": {
        "dataType": "refObject",
        "properties": {
            "eventIds": {"dataType":"array","array":{"dataType":"string"}},
            "from": {"dataType":"string"},
            "to": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "EventTypeDescription": {
        "dataType": "refObject",
        "properties": {
            "type": {"dataType":"string","required":true},
            "subject": {"dataType":"string","required":true},
            "description": {"dataType":"string","required":true},
            "dataSchema": {"ref":"Record_string.unknown_","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PublishedEvent": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "source": {"dataType":"string","required":true},
            "type": {"dataType":"string","required":true},
            "specversion": {"dataType":"enum","enums":["1.0"],"required":true},
            "time": {"ref":"IsoDateTime","required":true},
            "subject": {"dataType":"string","required":true},
            "datacontenttype": {"dataType":"enum","enums":["application/json"],"required":true},
            "data": {"dataType":"any","required":true},
            "correlationid": {"dataType":"string","required":true},
            "position": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessDeadLetter": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "channel": {"dataType":"string"},
            "sourceOrderId": {"dataType":"string"},
            "purchaseOrderNumber": {"dataType":"string"},
            "orderStatus": {"ref":"SalesOrderStatus","required":true},
            "step": {"dataType":"string","required":true},
            "lastError": {"dataType":"string","required":true},
            "attempts": {"dataType":"double","required":true},
            "createdAt": {"dataType":"string","required":true},
            "replayedAt": {"dataType":"string"},
            "replayedBy": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_ProcessDeadLetter_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessDeadLetter"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "DeadLetterNotReplayed": {
        "dataType": "refObject",
        "properties": {
            "deadLetterId": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReplayDeadLettersResult": {
        "dataType": "refObject",
        "properties": {
            "dryRun": {"dataType":"boolean","required":true},
            "matched": {"dataType":"double","required":true},
            "sample": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessDeadLetter"},"required":true},
            "auditId": {"dataType":"string"},
            "replayed": {"dataType":"double","required":true},
            "orderIds": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "notReplayed": {"dataType":"array","array":{"dataType":"refObject","ref":"DeadLetterNotReplayed"},"required":true},
            "more": {"dataType":"boolean","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReplayDeadLettersRequest": {
        "dataType": "refObject",
        "properties": {
            "channel": {"ref":"SalesChannel"},
            "partnerId": {"dataType":"string"},
            "customerId": {"dataType":"string"},
            "olderThan": {"dataType":"datetime"},
            "minAgeMinutes": {"dataType":"integer","validators":{"minimum":{"value":0}}},
            "q": {"dataType":"string","validators":{"maxLength":{"value":200}}},
            "step": {"dataType":"string"},
            "since": {"dataType":"datetime"},
            "dryRun": {"dataType":"boolean"},
            "comment": {"dataType":"string","validators":{"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReplayDeadLetterRequest": {
        "dataType": "refObject",
        "properties": {
            "comment": {"dataType":"string","validators":{"maxLength":{"value":500}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OutboundDocumentKind": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["855"]},{"dataType":"enum","enums":["856"]},{"dataType":"enum","enums":["810"]},{"dataType":"enum","enums":["997"]},{"dataType":"enum","enums":["TA1"]},{"dataType":"enum","enums":["ubl-order-response"]},{"dataType":"enum","enums":["CONTRL"]},{"dataType":"enum","enums":["ORDRSP"]},{"dataType":"enum","enums":["DESADV"]},{"dataType":"enum","enums":["INVOIC"]},{"dataType":"enum","enums":["amazon-vendor-acknowledgement"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OutboundDocumentStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["owed"]},{"dataType":"enum","enums":["sent"]},{"dataType":"enum","enums":["accepted"]},{"dataType":"enum","enums":["accepted-with-errors"]},{"dataType":"enum","enums":["partially-accepted"]},{"dataType":"enum","enums":["rejected"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OutboundDocument": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "kind": {"ref":"OutboundDocumentKind","required":true},
            "partnerId": {"dataType":"string"},
            "reference": {"dataType":"string"},
            "interchangeControlNumber": {"dataType":"string","required":true},
            "groupControlNumbers": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "transactionSetControlNumbers": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "raw": {"dataType":"string","required":true},
            "status": {"ref":"OutboundDocumentStatus","required":true},
            "acknowledgedBy": {"dataType":"string"},
            "acknowledgedAt": {"dataType":"string"},
            "createdAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_OutboundDocument_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"OutboundDocument"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CurrencyAmount": {
        "dataType": "refObject",
        "properties": {
            "currency": {"dataType":"string","required":true},
            "amount": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ChannelVolume": {
        "dataType": "refObject",
        "properties": {
            "channel": {"dataType":"string","required":true},
            "orders": {"dataType":"double","required":true},
            "unpricedOrders": {"dataType":"double","required":true},
            "value": {"dataType":"array","array":{"dataType":"refObject","ref":"CurrencyAmount"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "FillRate": {
        "dataType": "refObject",
        "properties": {
            "orderedLines": {"dataType":"double","required":true},
            "linesShippedInFull": {"dataType":"double","required":true},
            "lineFillRate": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
            "orderedQuantity": {"dataType":"double","required":true},
            "shippedQuantity": {"dataType":"double","required":true},
            "quantityFillRate": {"dataType":"union","subSchemas":[{"dataType":"double"},{"dataType":"enum","enums":[null]}],"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "BackorderedItem": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "orders": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "OpenBackorders": {
        "dataType": "refObject",
        "properties": {
            "orders": {"dataType":"double","required":true},
            "lines": {"dataType":"double","required":true},
            "quantity": {"dataType":"double","required":true},
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"BackorderedItem"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TopCustomer": {
        "dataType": "refObject",
        "properties": {
            "customerId": {"dataType":"string","required":true},
            "currency": {"dataType":"string","required":true},
            "orders": {"dataType":"double","required":true},
            "value": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "TopItem": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "currency": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "orders": {"dataType":"double","required":true},
            "value": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "BusinessFigures": {
        "dataType": "refObject",
        "properties": {
            "from": {"dataType":"string","required":true},
            "to": {"dataType":"string","required":true},
            "filters": {"dataType":"nestedObjectLiteral","nestedProperties":{"channel":{"dataType":"string"}},"required":true},
            "orders": {"dataType":"double","required":true},
            "byChannel": {"dataType":"array","array":{"dataType":"refObject","ref":"ChannelVolume"},"required":true},
            "fillRate": {"ref":"FillRate","required":true},
            "openBackorders": {"ref":"OpenBackorders","required":true},
            "topCustomers": {"dataType":"array","array":{"dataType":"refObject","ref":"TopCustomer"},"required":true},
            "topItems": {"dataType":"array","array":{"dataType":"refObject","ref":"TopItem"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "BackorderAllocation": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "sku": {"dataType":"string","required":true},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"stillBackordered":{"dataType":"double","required":true},"allocations":{"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"warehouseId":{"dataType":"string","required":true}}},"required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
            "released": {"dataType":"boolean","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AllocateBackordersRequest": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CustomerTierRequest": {
        "dataType": "refObject",
        "properties": {
            "tier": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":9}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "Page_AuditEntry_": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"AuditEntry"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertMetric": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["exceptionRate"]},{"dataType":"enum","enums":["exceptions"]},{"dataType":"enum","enums":["duplicateRate"]},{"dataType":"enum","enums":["openHolds"]},{"dataType":"enum","enums":["openDeadLetters"]},{"dataType":"enum","enums":["ordersWaitingForErp"]},{"dataType":"enum","enums":["oldestOpenExceptionAgeSeconds"]},{"dataType":"enum","enums":["ingestionLatencyMs.p50"]},{"dataType":"enum","enums":["ingestionLatencyMs.p95"]},{"dataType":"enum","enums":["ingestionLatencyMs.p99"]},{"dataType":"enum","enums":["inventorySyncDelayMs.p95"]},{"dataType":"enum","enums":["shipmentNotificationDelayMs.p95"]},{"dataType":"enum","enums":["retrySuccessRate"]},{"dataType":"enum","enums":["meanTimeToResolutionSeconds"]},{"dataType":"enum","enums":["manualActionsPer100Orders"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertComparison": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["above"]},{"dataType":"enum","enums":["below"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CreatedAlertRule": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
            "metric": {"ref":"AlertMetric","required":true},
            "comparison": {"ref":"AlertComparison","required":true},
            "threshold": {"dataType":"double","required":true},
            "windowMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "repeatMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "channel": {"dataType":"string"},
            "partnerId": {"dataType":"string"},
            "emailTo": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "webhookUrl": {"dataType":"string"},
            "id": {"dataType":"string","required":true},
            "enabled": {"dataType":"boolean","required":true},
            "createdAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
            "webhookSecret": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertRuleRequest": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
            "metric": {"ref":"AlertMetric","required":true},
            "comparison": {"ref":"AlertComparison","required":true},
            "threshold": {"dataType":"double","required":true},
            "windowMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "repeatMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "channel": {"dataType":"string"},
            "partnerId": {"dataType":"string"},
            "emailTo": {"dataType":"array","array":{"dataType":"string"}},
            "webhookUrl": {"dataType":"string"},
            "enabled": {"dataType":"boolean"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertRuleView": {
        "dataType": "refObject",
        "properties": {
            "name": {"dataType":"string","required":true,"validators":{"minLength":{"value":1},"maxLength":{"value":200}}},
            "metric": {"ref":"AlertMetric","required":true},
            "comparison": {"ref":"AlertComparison","required":true},
            "threshold": {"dataType":"double","required":true},
            "windowMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "repeatMinutes": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1},"maximum":{"value":10080}}},
            "channel": {"dataType":"string"},
            "partnerId": {"dataType":"string"},
            "emailTo": {"dataType":"array","array":{"dataType":"string"},"required":true},
            "webhookUrl": {"dataType":"string"},
            "id": {"dataType":"string","required":true},
            "enabled": {"dataType":"boolean","required":true},
            "createdAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertNotificationState": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["pending"]},{"dataType":"enum","enums":["sent"]},{"dataType":"enum","enums":["failed"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertNotificationView": {
        "dataType": "refObject",
        "properties": {
            "kind": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["fired"]},{"dataType":"enum","enums":["repeated"]},{"dataType":"enum","enums":["resolved"]}],"required":true},
            "destination": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["email"]},{"dataType":"enum","enums":["webhook"]}],"required":true},
            "state": {"ref":"AlertNotificationState","required":true},
            "message": {"dataType":"string","required":true},
            "attempts": {"dataType":"double","required":true},
            "nextAttemptAt": {"dataType":"string"},
            "sentAt": {"dataType":"string"},
            "lastError": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "AlertIncidentView": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "ruleId": {"dataType":"string","required":true},
            "state": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["resolved"]}],"required":true},
            "openedAt": {"dataType":"string","required":true},
            "resolvedAt": {"dataType":"string"},
            "value": {"dataType":"double","required":true},
            "message": {"dataType":"string","required":true},
            "lastNotifiedAt": {"dataType":"string","required":true},
            "notifications": {"dataType":"array","array":{"dataType":"refObject","ref":"AlertNotificationView"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
};
const templateService = new ExpressTemplateService(models, {"noImplicitAdditionalProperties":"throw-on-extras","bodyCoercion":true});

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa




export function RegisterRoutes(app: Router) {

    // ###########################################################################################################
    //  NOTE: If you do not see routes for all of your controllers in this file, then you might not have informed tsoa of where to look
    //      Please look into the "controllerPathGlobs" config option described in the readme: https://github.com/lukeautry/tsoa
    // ###########################################################################################################


    
        const argsOrderCorrectionsController_getOrderWorkbench: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/orders/:orderId/workbench',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrderCorrectionsController)),
            ...(fetchMiddlewares<RequestHandler>(OrderCorrectionsController.prototype.getOrderWorkbench)),

            async function OrderCorrectionsController_getOrderWorkbench(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrderCorrectionsController_getOrderWorkbench, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrderCorrectionsController>(OrderCorrectionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getOrderWorkbench',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrderCorrectionsController_editCanonicalOrder: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"EditCanonicalOrderRequest"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.put('/process/v1/orders/:orderId/canonical',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrderCorrectionsController)),
            ...(fetchMiddlewares<RequestHandler>(OrderCorrectionsController.prototype.editCanonicalOrder)),

            async function OrderCorrectionsController_editCanonicalOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrderCorrectionsController_editCanonicalOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrderCorrectionsController>(OrderCorrectionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'editCanonicalOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsCrossReferencesController_fixItemCrossReference: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"FixCrossReferenceRequest"},
        };
        app.put('/process/v1/partners/:partnerId/item-references',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(CrossReferencesController)),
            ...(fetchMiddlewares<RequestHandler>(CrossReferencesController.prototype.fixItemCrossReference)),

            async function CrossReferencesController_fixItemCrossReference(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsCrossReferencesController_fixItemCrossReference, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<CrossReferencesController>(CrossReferencesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'fixItemCrossReference',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsShipmentsController_reportShipment: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"ReportShipmentRequest"},
        };
        app.post('/process/v1/shipments',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController.prototype.reportShipment)),

            async function ShipmentsController_reportShipment(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsShipmentsController_reportShipment, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ShipmentsController>(ShipmentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'reportShipment',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsShipmentsController_reportMilestone: Record<string, TsoaRoute.ParameterSchema> = {
                shipmentId: {"in":"path","name":"shipmentId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"ref":"ReportMilestoneRequest"},
        };
        app.post('/process/v1/shipments/:shipmentId/milestones',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController.prototype.reportMilestone)),

            async function ShipmentsController_reportMilestone(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsShipmentsController_reportMilestone, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ShipmentsController>(ShipmentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'reportMilestone',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsShipmentsController_getShipment: Record<string, TsoaRoute.ParameterSchema> = {
                shipmentId: {"in":"path","name":"shipmentId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/shipments/:shipmentId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController.prototype.getShipment)),

            async function ShipmentsController_getShipment(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsShipmentsController_getShipment, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ShipmentsController>(ShipmentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getShipment',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsShipmentsController_listShipments: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"query","name":"orderId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/shipments',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(ShipmentsController.prototype.listShipments)),

            async function ShipmentsController_listShipments(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsShipmentsController_listShipments, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ShipmentsController>(ShipmentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listShipments',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_requestReturn: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"RequestOrderReturn"},
        };
        app.post('/process/v1/returns',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.requestReturn)),

            async function ReturnsController_requestReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_requestReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'requestReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_listReturns: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                status: {"in":"query","name":"status","ref":"OrderReturnStatus"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/returns',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.listReturns)),

            async function ReturnsController_listReturns(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_listReturns, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listReturns',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_getReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/returns/:returnId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.getReturn)),

            async function ReturnsController_getReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_getReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_authoriseReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
        };
        app.post('/process/v1/returns/:returnId/authorise',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.authoriseReturn)),

            async function ReturnsController_authoriseReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_authoriseReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'authoriseReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_rejectReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"dataType":"nestedObjectLiteral","nestedProperties":{"reason":{"dataType":"string","required":true}}},
        };
        app.post('/process/v1/returns/:returnId/reject',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.rejectReturn)),

            async function ReturnsController_rejectReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_rejectReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'rejectReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_receiveReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"ref":"ReceiveOrderReturn"},
        };
        app.post('/process/v1/returns/:returnId/receive',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.receiveReturn)),

            async function ReturnsController_receiveReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_receiveReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsReturnsController_creditReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
        };
        app.post('/process/v1/returns/:returnId/credit',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(ReturnsController.prototype.creditReturn)),

            async function ReturnsController_creditReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsReturnsController_creditReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<ReturnsController>(ReturnsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'creditReturn',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_listPartners: Record<string, TsoaRoute.ParameterSchema> = {
                channel: {"in":"query","name":"channel","ref":"PartnerChannel"},
        };
        app.get('/process/v1/partners',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.listPartners)),

            async function PartnersController_listPartners(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_listPartners, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listPartners',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_createPartner: Record<string, TsoaRoute.ParameterSchema> = {
                partner: {"in":"body","name":"partner","required":true,"ref":"NewPartner"},
        };
        app.post('/process/v1/partners',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.createPartner)),

            async function PartnersController_createPartner(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_createPartner, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'createPartner',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_getPartner: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/partners/:partnerId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.getPartner)),

            async function PartnersController_getPartner(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_getPartner, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getPartner',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_replacePartner: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                partner: {"in":"body","name":"partner","required":true,"ref":"PartnerInput"},
                ifMatch: {"in":"header","name":"If-Match","dataType":"string"},
        };
        app.put('/process/v1/partners/:partnerId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.replacePartner)),

            async function PartnersController_replacePartner(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_replacePartner, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replacePartner',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_pinMapping: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                mapping: {"in":"body","name":"mapping","required":true,"ref":"PinMappingRequest"},
        };
        app.put('/process/v1/partners/:partnerId/mapping',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.pinMapping)),

            async function PartnersController_pinMapping(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_pinMapping, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'pinMapping',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_dryRunSample: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"SampleDryRunRequest"},
        };
        app.post('/process/v1/partners/:partnerId/dry-run',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.dryRunSample)),

            async function PartnersController_dryRunSample(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_dryRunSample, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'dryRunSample',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnersController_pollPartner: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
        };
        app.post('/process/v1/partners/:partnerId/poll',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnersController)),
            ...(fetchMiddlewares<RequestHandler>(PartnersController.prototype.pollPartner)),

            async function PartnersController_pollPartner(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnersController_pollPartner, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnersController>(PartnersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'pollPartner',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsMappingsController_listVersions: Record<string, TsoaRoute.ParameterSchema> = {
                name: {"in":"path","name":"name","required":true,"dataType":"string"},
        };
        app.get('/process/v1/mappings/:name/versions',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MappingsController)),
            ...(fetchMiddlewares<RequestHandler>(MappingsController.prototype.listVersions)),

            async function MappingsController_listVersions(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMappingsController_listVersions, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MappingsController>(MappingsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listVersions',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsMappingsController_addVersion: Record<string, TsoaRoute.ParameterSchema> = {
                name: {"in":"path","name":"name","required":true,"dataType":"string"},
                version: {"in":"body","name":"version","required":true,"ref":"NewMappingVersion"},
        };
        app.post('/process/v1/mappings/:name/versions',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MappingsController)),
            ...(fetchMiddlewares<RequestHandler>(MappingsController.prototype.addVersion)),

            async function MappingsController_addVersion(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMappingsController_addVersion, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MappingsController>(MappingsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'addVersion',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsMappingsController_getVersion: Record<string, TsoaRoute.ParameterSchema> = {
                name: {"in":"path","name":"name","required":true,"dataType":"string"},
                version: {"in":"path","name":"version","required":true,"dataType":"integer","validators":{"isInt":{"errorMsg":"version"}}},
        };
        app.get('/process/v1/mappings/:name/versions/:version',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MappingsController)),
            ...(fetchMiddlewares<RequestHandler>(MappingsController.prototype.getVersion)),

            async function MappingsController_getVersion(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMappingsController_getVersion, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MappingsController>(MappingsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getVersion',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsMappingsController_dryRun: Record<string, TsoaRoute.ParameterSchema> = {
                name: {"in":"path","name":"name","required":true,"dataType":"string"},
                version: {"in":"path","name":"version","required":true,"dataType":"integer","validators":{"isInt":{"errorMsg":"version"}}},
                request: {"in":"body","name":"request","required":true,"ref":"DryRunRequest"},
        };
        app.post('/process/v1/mappings/:name/versions/:version/dry-run',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MappingsController)),
            ...(fetchMiddlewares<RequestHandler>(MappingsController.prototype.dryRun)),

            async function MappingsController_dryRun(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMappingsController_dryRun, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MappingsController>(MappingsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'dryRun',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnerHealthController_getPartnerHealth: Record<string, TsoaRoute.ParameterSchema> = {
                from: {"in":"query","name":"from","dataType":"datetime"},
                to: {"in":"query","name":"to","dataType":"datetime"},
        };
        app.get('/process/v1/partner-health',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnerHealthController)),
            ...(fetchMiddlewares<RequestHandler>(PartnerHealthController.prototype.getPartnerHealth)),

            async function PartnerHealthController_getPartnerHealth(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnerHealthController_getPartnerHealth, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnerHealthController>(PartnerHealthController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getPartnerHealth',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrdersController_placeOrder: Record<string, TsoaRoute.ParameterSchema> = {
                order: {"in":"body","name":"order","required":true,"ref":"PlaceOrderRequest"},
                idempotencyKey: {"in":"header","name":"Idempotency-Key","dataType":"string"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.post('/process/v1/orders',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrdersController)),
            ...(fetchMiddlewares<RequestHandler>(OrdersController.prototype.placeOrder)),

            async function OrdersController_placeOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrdersController_placeOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrdersController>(OrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'placeOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 202,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrdersController_getOrder: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/orders/:orderId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrdersController)),
            ...(fetchMiddlewares<RequestHandler>(OrdersController.prototype.getOrder)),

            async function OrdersController_getOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrdersController_getOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrdersController>(OrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrdersController_listOrders: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                status: {"in":"query","name":"status","ref":"SalesOrderStatus"},
                channel: {"in":"query","name":"channel","ref":"SalesChannel"},
                sourceOrderId: {"in":"query","name":"sourceOrderId","dataType":"string"},
                createdFrom: {"in":"query","name":"createdFrom","dataType":"datetime"},
                createdTo: {"in":"query","name":"createdTo","dataType":"datetime"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/orders',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrdersController)),
            ...(fetchMiddlewares<RequestHandler>(OrdersController.prototype.listOrders)),

            async function OrdersController_listOrders(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrdersController_listOrders, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrdersController>(OrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listOrders',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOrdersController_cancelOrder: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"CancelOrderRequest"},
        };
        app.post('/process/v1/orders/:orderId/cancel',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OrdersController)),
            ...(fetchMiddlewares<RequestHandler>(OrdersController.prototype.cancelOrder)),

            async function OrdersController_cancelOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOrdersController_cancelOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OrdersController>(OrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'cancelOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsKpisController_getKpis: Record<string, TsoaRoute.ParameterSchema> = {
                from: {"in":"query","name":"from","dataType":"datetime"},
                to: {"in":"query","name":"to","dataType":"datetime"},
                channel: {"in":"query","name":"channel","ref":"SalesChannel"},
                partner: {"in":"query","name":"partner","dataType":"string"},
                bucket: {"in":"query","name":"bucket","ref":"KpiBucket"},
        };
        app.get('/process/v1/kpis',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(KpisController)),
            ...(fetchMiddlewares<RequestHandler>(KpisController.prototype.getKpis)),

            async function KpisController_getKpis(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsKpisController_getKpis, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<KpisController>(KpisController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getKpis',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInvoicesController_invoiceShipment: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"InvoiceShipmentRequest"},
        };
        app.post('/process/v1/invoices',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(InvoicesController)),
            ...(fetchMiddlewares<RequestHandler>(InvoicesController.prototype.invoiceShipment)),

            async function InvoicesController_invoiceShipment(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsInvoicesController_invoiceShipment, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<InvoicesController>(InvoicesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'invoiceShipment',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInboundDocumentsController_listDocuments: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"query","name":"partnerId","dataType":"string"},
                channel: {"in":"query","name":"channel","dataType":"string"},
                status: {"in":"query","name":"status","ref":"InboundDocumentStatus"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/inbound-documents',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController.prototype.listDocuments)),

            async function InboundDocumentsController_listDocuments(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsInboundDocumentsController_listDocuments, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<InboundDocumentsController>(InboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listDocuments',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInboundDocumentsController_getDocument: Record<string, TsoaRoute.ParameterSchema> = {
                documentId: {"in":"path","name":"documentId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/inbound-documents/:documentId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController.prototype.getDocument)),

            async function InboundDocumentsController_getDocument(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsInboundDocumentsController_getDocument, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<InboundDocumentsController>(InboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getDocument',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInboundDocumentsController_getPart: Record<string, TsoaRoute.ParameterSchema> = {
                documentId: {"in":"path","name":"documentId","required":true,"dataType":"string"},
                seq: {"in":"path","name":"seq","required":true,"dataType":"integer","validators":{"isInt":{"errorMsg":"seq"}}},
        };
        app.get('/process/v1/inbound-documents/:documentId/parts/:seq',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController.prototype.getPart)),

            async function InboundDocumentsController_getPart(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsInboundDocumentsController_getPart, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<InboundDocumentsController>(InboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getPart',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsInboundDocumentsController_replayDocument: Record<string, TsoaRoute.ParameterSchema> = {
                documentId: {"in":"path","name":"documentId","required":true,"dataType":"string"},
        };
        app.post('/process/v1/inbound-documents/:documentId/replay',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(InboundDocumentsController.prototype.replayDocument)),

            async function InboundDocumentsController_replayDocument(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsInboundDocumentsController_replayDocument, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<InboundDocumentsController>(InboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replayDocument',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_listHolds: Record<string, TsoaRoute.ParameterSchema> = {
                status: {"in":"query","name":"status","ref":"HoldStatus"},
                reasonCode: {"in":"query","name":"reasonCode","dataType":"string"},
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                tab: {"in":"query","name":"tab","ref":"WorkQueueTab"},
                channel: {"in":"query","name":"channel","ref":"SalesChannel"},
                partnerId: {"in":"query","name":"partnerId","dataType":"string"},
                olderThan: {"in":"query","name":"olderThan","dataType":"datetime"},
                minAgeMinutes: {"in":"query","name":"minAgeMinutes","dataType":"integer","validators":{"isInt":{"errorMsg":"minAgeMinutes"},"minimum":{"value":0}}},
                q: {"in":"query","name":"q","dataType":"string","validators":{"maxLength":{"value":200}}},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/holds',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.listHolds)),

            async function HoldsController_listHolds(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_listHolds, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listHolds',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_releaseHolds: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"body","name":"request","required":true,"ref":"BulkReleaseHoldsRequest"},
        };
        app.post('/process/v1/holds/release',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.releaseHolds)),

            async function HoldsController_releaseHolds(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_releaseHolds, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'releaseHolds',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_getHold: Record<string, TsoaRoute.ParameterSchema> = {
                holdId: {"in":"path","name":"holdId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/holds/:holdId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.getHold)),

            async function HoldsController_getHold(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_getHold, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getHold',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_releaseHold: Record<string, TsoaRoute.ParameterSchema> = {
                holdId: {"in":"path","name":"holdId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","ref":"ReleaseHoldRequest"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.post('/process/v1/holds/:holdId/release',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.releaseHold)),

            async function HoldsController_releaseHold(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_releaseHold, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'releaseHold',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_overrideHold: Record<string, TsoaRoute.ParameterSchema> = {
                holdId: {"in":"path","name":"holdId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"OverrideHoldRequest"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.post('/process/v1/holds/:holdId/override',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.overrideHold)),

            async function HoldsController_overrideHold(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_overrideHold, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'overrideHold',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsHoldsController_rejectHold: Record<string, TsoaRoute.ParameterSchema> = {
                holdId: {"in":"path","name":"holdId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"RejectHoldRequest"},
        };
        app.post('/process/v1/holds/:holdId/reject',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(HoldsController)),
            ...(fetchMiddlewares<RequestHandler>(HoldsController.prototype.rejectHold)),

            async function HoldsController_rejectHold(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsHoldsController_rejectHold, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<HoldsController>(HoldsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'rejectHold',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_createSubscription: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"CreateSubscriptionRequest"},
        };
        app.post('/process/v1/subscriptions',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.createSubscription)),

            async function SubscriptionsController_createSubscription(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_createSubscription, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'createSubscription',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_listSubscriptions: Record<string, TsoaRoute.ParameterSchema> = {
        };
        app.get('/process/v1/subscriptions',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.listSubscriptions)),

            async function SubscriptionsController_listSubscriptions(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_listSubscriptions, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listSubscriptions',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_getSubscription: Record<string, TsoaRoute.ParameterSchema> = {
                subscriptionId: {"in":"path","name":"subscriptionId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/subscriptions/:subscriptionId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.getSubscription)),

            async function SubscriptionsController_getSubscription(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_getSubscription, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getSubscription',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_cancelSubscription: Record<string, TsoaRoute.ParameterSchema> = {
                subscriptionId: {"in":"path","name":"subscriptionId","required":true,"dataType":"string"},
        };
        app.delete('/process/v1/subscriptions/:subscriptionId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.cancelSubscription)),

            async function SubscriptionsController_cancelSubscription(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_cancelSubscription, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'cancelSubscription',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 204,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_listDeliveries: Record<string, TsoaRoute.ParameterSchema> = {
                subscriptionId: {"in":"path","name":"subscriptionId","required":true,"dataType":"string"},
                state: {"in":"query","name":"state","ref":"DeliveryState"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/subscriptions/:subscriptionId/deliveries',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.listDeliveries)),

            async function SubscriptionsController_listDeliveries(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_listDeliveries, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listDeliveries',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsSubscriptionsController_replay: Record<string, TsoaRoute.ParameterSchema> = {
                subscriptionId: {"in":"path","name":"subscriptionId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"ref":"ReplayRequest"},
        };
        app.post('/process/v1/subscriptions/:subscriptionId/replay',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController)),
            ...(fetchMiddlewares<RequestHandler>(SubscriptionsController.prototype.replay)),

            async function SubscriptionsController_replay(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsSubscriptionsController_replay, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<SubscriptionsController>(SubscriptionsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replay',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsEventsController_listEventTypes: Record<string, TsoaRoute.ParameterSchema> = {
        };
        app.get('/process/v1/events/types',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(EventsController)),
            ...(fetchMiddlewares<RequestHandler>(EventsController.prototype.listEventTypes)),

            async function EventsController_listEventTypes(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsEventsController_listEventTypes, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<EventsController>(EventsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listEventTypes',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsEventsController_listEvents: Record<string, TsoaRoute.ParameterSchema> = {
                after: {"in":"query","name":"after","dataType":"string"},
                type: {"in":"query","name":"type","dataType":"array","array":{"dataType":"string"}},
                subject: {"in":"query","name":"subject","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/events',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(EventsController)),
            ...(fetchMiddlewares<RequestHandler>(EventsController.prototype.listEvents)),

            async function EventsController_listEvents(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsEventsController_listEvents, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<EventsController>(EventsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listEvents',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsEventsController_streamEvents: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                lastEventId: {"in":"header","name":"Last-Event-ID","dataType":"string"},
                after: {"in":"query","name":"after","dataType":"string"},
                type: {"in":"query","name":"type","dataType":"array","array":{"dataType":"string"}},
                subject: {"in":"query","name":"subject","dataType":"string"},
        };
        app.get('/process/v1/events/stream',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(EventsController)),
            ...(fetchMiddlewares<RequestHandler>(EventsController.prototype.streamEvents)),

            async function EventsController_streamEvents(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsEventsController_streamEvents, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<EventsController>(EventsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'streamEvents',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsDeadLettersController_listDeadLetters: Record<string, TsoaRoute.ParameterSchema> = {
                step: {"in":"query","name":"step","dataType":"string"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                replayed: {"in":"query","name":"replayed","dataType":"boolean"},
                tab: {"in":"query","name":"tab","ref":"WorkQueueTab"},
                q: {"in":"query","name":"q","dataType":"string","validators":{"maxLength":{"value":200}}},
                channel: {"in":"query","name":"channel","ref":"SalesChannel"},
                partnerId: {"in":"query","name":"partnerId","dataType":"string"},
                minAgeMinutes: {"in":"query","name":"minAgeMinutes","dataType":"integer","validators":{"isInt":{"errorMsg":"minAgeMinutes"},"minimum":{"value":0}}},
                olderThan: {"in":"query","name":"olderThan","dataType":"datetime"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/dead-letters',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController)),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController.prototype.listDeadLetters)),

            async function DeadLettersController_listDeadLetters(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsDeadLettersController_listDeadLetters, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<DeadLettersController>(DeadLettersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listDeadLetters',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsDeadLettersController_getDeadLetter: Record<string, TsoaRoute.ParameterSchema> = {
                deadLetterId: {"in":"path","name":"deadLetterId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/dead-letters/:deadLetterId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController)),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController.prototype.getDeadLetter)),

            async function DeadLettersController_getDeadLetter(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsDeadLettersController_getDeadLetter, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<DeadLettersController>(DeadLettersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getDeadLetter',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsDeadLettersController_replayDeadLetters: Record<string, TsoaRoute.ParameterSchema> = {
                filter: {"in":"body","name":"filter","required":true,"ref":"ReplayDeadLettersRequest"},
        };
        app.post('/process/v1/dead-letters/replay',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController)),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController.prototype.replayDeadLetters)),

            async function DeadLettersController_replayDeadLetters(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsDeadLettersController_replayDeadLetters, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<DeadLettersController>(DeadLettersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replayDeadLetters',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsDeadLettersController_replayDeadLetter: Record<string, TsoaRoute.ParameterSchema> = {
                deadLetterId: {"in":"path","name":"deadLetterId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","ref":"ReplayDeadLetterRequest"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.post('/process/v1/dead-letters/:deadLetterId/replay',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController)),
            ...(fetchMiddlewares<RequestHandler>(DeadLettersController.prototype.replayDeadLetter)),

            async function DeadLettersController_replayDeadLetter(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsDeadLettersController_replayDeadLetter, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<DeadLettersController>(DeadLettersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replayDeadLetter',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsWebhooksController_receiveShopifyOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                signature: {"in":"header","name":"X-Shopify-Hmac-Sha256","dataType":"string"},
                shopDomain: {"in":"header","name":"X-Shopify-Shop-Domain","dataType":"string"},
                webhookId: {"in":"header","name":"X-Shopify-Webhook-Id","dataType":"string"},
                topic: {"in":"header","name":"X-Shopify-Topic","dataType":"string"},
        };
        app.post('/process/v1/inbound/shopify/orders',
            ...(fetchMiddlewares<RequestHandler>(WebhooksController)),
            ...(fetchMiddlewares<RequestHandler>(WebhooksController.prototype.receiveShopifyOrder)),

            async function WebhooksController_receiveShopifyOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsWebhooksController_receiveShopifyOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<WebhooksController>(WebhooksController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveShopifyOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 202,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsWebhooksController_receiveWooCommerceOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                signature: {"in":"header","name":"X-WC-Webhook-Signature","dataType":"string"},
                source: {"in":"header","name":"X-WC-Webhook-Source","dataType":"string"},
                deliveryId: {"in":"header","name":"X-WC-Webhook-Delivery-ID","dataType":"string"},
                topic: {"in":"header","name":"X-WC-Webhook-Topic","dataType":"string"},
        };
        app.post('/process/v1/inbound/woocommerce/orders',
            ...(fetchMiddlewares<RequestHandler>(WebhooksController)),
            ...(fetchMiddlewares<RequestHandler>(WebhooksController.prototype.receiveWooCommerceOrder)),

            async function WebhooksController_receiveWooCommerceOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsWebhooksController_receiveWooCommerceOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<WebhooksController>(WebhooksController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveWooCommerceOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 202,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUblOrderResponseController_writeUblOrderResponse: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"dataType":"nestedObjectLiteral","nestedProperties":{"orderId":{"dataType":"string","required":true}}},
        };
        app.post('/process/v1/partners/:partnerId/outbound/order-response',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(UblOrderResponseController)),
            ...(fetchMiddlewares<RequestHandler>(UblOrderResponseController.prototype.writeUblOrderResponse)),

            async function UblOrderResponseController_writeUblOrderResponse(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsUblOrderResponseController_writeUblOrderResponse, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<UblOrderResponseController>(UblOrderResponseController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'writeUblOrderResponse',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsUblInboundController_receiveUblOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                prefer: {"in":"header","name":"Prefer","dataType":"string"},
        };
        app.post('/process/v1/inbound/ubl',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(UblInboundController)),
            ...(fetchMiddlewares<RequestHandler>(UblInboundController.prototype.receiveUblOrder)),

            async function UblInboundController_receiveUblOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsUblInboundController_receiveUblOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<UblInboundController>(UblInboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveUblOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnerOutboundController_writeOrderAcknowledgement: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"dataType":"nestedObjectLiteral","nestedProperties":{"orderId":{"dataType":"string","required":true}}},
        };
        app.post('/process/v1/partners/:partnerId/outbound/855',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController)),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController.prototype.writeOrderAcknowledgement)),

            async function PartnerOutboundController_writeOrderAcknowledgement(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnerOutboundController_writeOrderAcknowledgement, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnerOutboundController>(PartnerOutboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'writeOrderAcknowledgement',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnerOutboundController_writeShipNotice: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"dataType":"nestedObjectLiteral","nestedProperties":{"shipmentId":{"dataType":"string","required":true}}},
        };
        app.post('/process/v1/partners/:partnerId/outbound/856',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController)),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController.prototype.writeShipNotice)),

            async function PartnerOutboundController_writeShipNotice(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnerOutboundController_writeShipNotice, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnerOutboundController>(PartnerOutboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'writeShipNotice',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsPartnerOutboundController_writeInvoice: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"path","name":"partnerId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"dataType":"nestedObjectLiteral","nestedProperties":{"invoiceId":{"dataType":"string","required":true}}},
        };
        app.post('/process/v1/partners/:partnerId/outbound/810',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController)),
            ...(fetchMiddlewares<RequestHandler>(PartnerOutboundController.prototype.writeInvoice)),

            async function PartnerOutboundController_writeInvoice(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPartnerOutboundController_writeInvoice, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PartnerOutboundController>(PartnerOutboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'writeInvoice',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOutboundDocumentsController_listOutboundDocuments: Record<string, TsoaRoute.ParameterSchema> = {
                partnerId: {"in":"query","name":"partnerId","dataType":"string"},
                kind: {"in":"query","name":"kind","ref":"OutboundDocumentKind"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/outbound-documents',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController.prototype.listOutboundDocuments)),

            async function OutboundDocumentsController_listOutboundDocuments(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOutboundDocumentsController_listOutboundDocuments, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OutboundDocumentsController>(OutboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listOutboundDocuments',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOutboundDocumentsController_getOutboundDocument: Record<string, TsoaRoute.ParameterSchema> = {
                documentId: {"in":"path","name":"documentId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/outbound-documents/:documentId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController.prototype.getOutboundDocument)),

            async function OutboundDocumentsController_getOutboundDocument(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOutboundDocumentsController_getOutboundDocument, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OutboundDocumentsController>(OutboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getOutboundDocument',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsOutboundDocumentsController_getOutboundDocumentText: Record<string, TsoaRoute.ParameterSchema> = {
                documentId: {"in":"path","name":"documentId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/outbound-documents/:documentId/raw',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController)),
            ...(fetchMiddlewares<RequestHandler>(OutboundDocumentsController.prototype.getOutboundDocumentText)),

            async function OutboundDocumentsController_getOutboundDocumentText(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsOutboundDocumentsController_getOutboundDocumentText, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<OutboundDocumentsController>(OutboundDocumentsController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getOutboundDocumentText',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsEdifactInboundController_receiveEdifactInterchange: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        app.post('/process/v1/inbound/edifact',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(EdifactInboundController)),
            ...(fetchMiddlewares<RequestHandler>(EdifactInboundController.prototype.receiveEdifactInterchange)),

            async function EdifactInboundController_receiveEdifactInterchange(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsEdifactInboundController_receiveEdifactInterchange, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<EdifactInboundController>(EdifactInboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveEdifactInterchange',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsX12InboundController_receiveX12Interchange: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
        };
        app.post('/process/v1/inbound/x12',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(X12InboundController)),
            ...(fetchMiddlewares<RequestHandler>(X12InboundController.prototype.receiveX12Interchange)),

            async function X12InboundController_receiveX12Interchange(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsX12InboundController_receiveX12Interchange, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<X12InboundController>(X12InboundController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveX12Interchange',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 200,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsBigCommerceWebhooksController_receiveBigCommerceOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"request","name":"request","required":true,"dataType":"object"},
                _webhookId: {"in":"header","name":"webhook-id","dataType":"string"},
                _webhookTimestamp: {"in":"header","name":"webhook-timestamp","dataType":"string"},
                _webhookSignature: {"in":"header","name":"webhook-signature","dataType":"string"},
        };
        app.post('/process/v1/inbound/bigcommerce/orders',
            ...(fetchMiddlewares<RequestHandler>(BigCommerceWebhooksController)),
            ...(fetchMiddlewares<RequestHandler>(BigCommerceWebhooksController.prototype.receiveBigCommerceOrder)),

            async function BigCommerceWebhooksController_receiveBigCommerceOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsBigCommerceWebhooksController_receiveBigCommerceOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<BigCommerceWebhooksController>(BigCommerceWebhooksController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'receiveBigCommerceOrder',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 202,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsBusinessFiguresController_getBusinessFigures: Record<string, TsoaRoute.ParameterSchema> = {
                from: {"in":"query","name":"from","dataType":"datetime"},
                to: {"in":"query","name":"to","dataType":"datetime"},
                channel: {"in":"query","name":"channel","ref":"SalesChannel"},
        };
        app.get('/process/v1/business-figures',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(BusinessFiguresController)),
            ...(fetchMiddlewares<RequestHandler>(BusinessFiguresController.prototype.getBusinessFigures)),

            async function BusinessFiguresController_getBusinessFigures(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsBusinessFiguresController_getBusinessFigures, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<BusinessFiguresController>(BusinessFiguresController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getBusinessFigures',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsBackordersController_allocate: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"AllocateBackordersRequest"},
        };
        app.post('/process/v1/backorders/allocate',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(BackordersController)),
            ...(fetchMiddlewares<RequestHandler>(BackordersController.prototype.allocate)),

            async function BackordersController_allocate(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsBackordersController_allocate, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<BackordersController>(BackordersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'allocate',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsBackordersController_setCustomerTier: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"path","name":"customerId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"ref":"CustomerTierRequest"},
        };
        app.put('/process/v1/backorders/customer-tiers/:customerId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(BackordersController)),
            ...(fetchMiddlewares<RequestHandler>(BackordersController.prototype.setCustomerTier)),

            async function BackordersController_setCustomerTier(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsBackordersController_setCustomerTier, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<BackordersController>(BackordersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'setCustomerTier',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAuditController_listAudit: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                actor: {"in":"query","name":"actor","dataType":"string"},
                action: {"in":"query","name":"action","dataType":"string"},
                subjectId: {"in":"query","name":"subjectId","dataType":"string"},
                from: {"in":"query","name":"from","dataType":"datetime"},
                to: {"in":"query","name":"to","dataType":"datetime"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/process/v1/audit',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AuditController)),
            ...(fetchMiddlewares<RequestHandler>(AuditController.prototype.listAudit)),

            async function AuditController_listAudit(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAuditController_listAudit, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AuditController>(AuditController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listAudit',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_createAlertRule: Record<string, TsoaRoute.ParameterSchema> = {
                body: {"in":"body","name":"body","required":true,"ref":"AlertRuleRequest"},
        };
        app.post('/process/v1/alert-rules',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.createAlertRule)),

            async function AlertRulesController_createAlertRule(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_createAlertRule, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'createAlertRule',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 201,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_listAlertRules: Record<string, TsoaRoute.ParameterSchema> = {
        };
        app.get('/process/v1/alert-rules',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.listAlertRules)),

            async function AlertRulesController_listAlertRules(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_listAlertRules, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listAlertRules',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_getAlertRule: Record<string, TsoaRoute.ParameterSchema> = {
                ruleId: {"in":"path","name":"ruleId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/alert-rules/:ruleId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.getAlertRule)),

            async function AlertRulesController_getAlertRule(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_getAlertRule, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getAlertRule',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_replaceAlertRule: Record<string, TsoaRoute.ParameterSchema> = {
                ruleId: {"in":"path","name":"ruleId","required":true,"dataType":"string"},
                body: {"in":"body","name":"body","required":true,"ref":"AlertRuleRequest"},
        };
        app.put('/process/v1/alert-rules/:ruleId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.replaceAlertRule)),

            async function AlertRulesController_replaceAlertRule(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_replaceAlertRule, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'replaceAlertRule',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_deleteAlertRule: Record<string, TsoaRoute.ParameterSchema> = {
                ruleId: {"in":"path","name":"ruleId","required":true,"dataType":"string"},
        };
        app.delete('/process/v1/alert-rules/:ruleId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.deleteAlertRule)),

            async function AlertRulesController_deleteAlertRule(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_deleteAlertRule, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'deleteAlertRule',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: 204,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        const argsAlertRulesController_listAlertIncidents: Record<string, TsoaRoute.ParameterSchema> = {
                ruleId: {"in":"path","name":"ruleId","required":true,"dataType":"string"},
        };
        app.get('/process/v1/alert-rules/:ruleId/incidents',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController)),
            ...(fetchMiddlewares<RequestHandler>(AlertRulesController.prototype.listAlertIncidents)),

            async function AlertRulesController_listAlertIncidents(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsAlertRulesController_listAlertIncidents, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<AlertRulesController>(AlertRulesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listAlertIncidents',
                controller,
                response,
                next,
                validatedArgs,
                successStatus: undefined,
              });
            } catch (err) {
                return next(err);
            }
        });
        // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa


    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

    function authenticateMiddleware(security: TsoaRoute.Security[] = []) {
        return async function runAuthenticationMiddleware(request: any, response: any, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            // keep track of failed auth attempts so we can hand back the most
            // recent one.  This behavior was previously existing so preserving it
            // here
            const failedAttempts: any[] = [];
            const pushAndRethrow = (error: any) => {
                failedAttempts.push(error);
                throw error;
            };

            const secMethodOrPromises: Promise<any>[] = [];
            for (const secMethod of security) {
                if (Object.keys(secMethod).length > 1) {
                    const secMethodAndPromises: Promise<any>[] = [];

                    for (const name in secMethod) {
                        secMethodAndPromises.push(
                            expressAuthenticationRecasted(request, name, secMethod[name], response)
                                .catch(pushAndRethrow)
                        );
                    }

                    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

                    secMethodOrPromises.push(Promise.all(secMethodAndPromises)
                        .then(users => { return users[0]; }));
                } else {
                    for (const name in secMethod) {
                        secMethodOrPromises.push(
                            expressAuthenticationRecasted(request, name, secMethod[name], response)
                                .catch(pushAndRethrow)
                        );
                    }
                }
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            try {
                request['user'] = await Promise.any(secMethodOrPromises);

                // Response was sent in middleware, abort
                if (response.writableEnded) {
                    return;
                }

                next();
            }
            catch(err) {
                // Show most recent error as response
                const error = failedAttempts.pop();
                error.status = error.status || 401;

                // Response was sent in middleware, abort
                if (response.writableEnded) {
                    return;
                }
                next(error);
            }

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
        }
    }

    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
}

// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
