/* tslint:disable */
/* eslint-disable */
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import type { TsoaRoute } from '@tsoa/runtime';
import {  fetchMiddlewares, ExpressTemplateService } from '@tsoa/runtime';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalShipmentsController } from './../portal/shipments/portal-shipments.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalReturnsController } from './../portal/returns/portal-returns.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalQuickOrderController } from './../portal/quick-order/quick-order.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalOrdersController } from './../portal/orders/portal-orders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalInvoicesController } from './../portal/invoices/portal-invoices.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { PortalCatalogueController } from './../portal/catalogue/portal-catalogue.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MobilePriceCheckController } from './../mobile/price-check/mobile-price-check.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MobileOrdersController } from './../mobile/orders/mobile-orders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MobileCustomersController } from './../mobile/customers/mobile-customers.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MarketplaceOrdersController } from './../marketplace/orders/marketplace-orders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { MarketplaceInventoryController } from './../marketplace/inventory/marketplace-inventory.controller';
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
    "PortalShipment": {
        "dataType": "refObject",
        "properties": {
            "shipmentId": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string","required":true},
            "status": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created"]},{"dataType":"enum","enums":["picked"]},{"dataType":"enum","enums":["packed"]},{"dataType":"enum","enums":["shipped"]},{"dataType":"enum","enums":["delivered"]}],"required":true},
            "warehouseId": {"dataType":"string","required":true},
            "carrier": {"dataType":"string","required":true},
            "trackingNumber": {"dataType":"string"},
            "trackingUrl": {"dataType":"string"},
            "shippedAt": {"dataType":"string"},
            "deliveredAt": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"uom":{"dataType":"string","required":true},"quantity":{"dataType":"double","required":true},"sku":{"dataType":"string","required":true}}},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalShipmentPage": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalShipment"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReturnStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["requested"]},{"dataType":"enum","enums":["authorised"]},{"dataType":"enum","enums":["received"]},{"dataType":"enum","enums":["credited"]},{"dataType":"enum","enums":["rejected"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ReturnReason": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["DAMAGED"]},{"dataType":"enum","enums":["DEFECTIVE"]},{"dataType":"enum","enums":["WRONG_ITEM"]},{"dataType":"enum","enums":["NOT_ORDERED"]},{"dataType":"enum","enums":["NO_LONGER_NEEDED"]},{"dataType":"enum","enums":["OTHER"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalReturn": {
        "dataType": "refObject",
        "properties": {
            "returnId": {"dataType":"string","required":true},
            "rmaNumber": {"dataType":"string"},
            "orderId": {"dataType":"string","required":true},
            "status": {"ref":"ReturnStatus","required":true},
            "statusText": {"dataType":"string","required":true},
            "reason": {"ref":"ReturnReason","required":true},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"sku":{"dataType":"string","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
            "creditMemoId": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalReturnRequestLine": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "lineNumber": {"dataType":"integer","validators":{"minimum":{"value":1}}},
            "quantity": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "uom": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalReturnRequest": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "reason": {"ref":"ReturnReason","required":true},
            "note": {"dataType":"string","validators":{"maxLength":{"value":500}}},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalReturnRequestLine"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalReturnPage": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalReturn"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalUnit": {
        "dataType": "refObject",
        "properties": {
            "uom": {"dataType":"string","required":true},
            "factorToBase": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalWarehouseStock": {
        "dataType": "refObject",
        "properties": {
            "warehouseId": {"dataType":"string","required":true},
            "available": {"dataType":"double","required":true},
            "onOrder": {"dataType":"double","required":true},
            "expectedDate": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalStock": {
        "dataType": "refObject",
        "properties": {
            "available": {"dataType":"double","required":true},
            "promisedDate": {"dataType":"string"},
            "warehouses": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalWarehouseStock"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalQuickOrderLine": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "description": {"dataType":"string"},
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string","required":true},
            "units": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalUnit"},"required":true},
            "unitPrice": {"dataType":"string"},
            "lineTotal": {"dataType":"string"},
            "priceRule": {"dataType":"string"},
            "stock": {"ref":"PortalStock"},
            "problem": {"dataType":"nestedObjectLiteral","nestedProperties":{"text":{"dataType":"string","required":true},"code":{"dataType":"string","required":true}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalQuickOrder": {
        "dataType": "refObject",
        "properties": {
            "currency": {"dataType":"string","required":true},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalQuickOrderLine"},"required":true},
            "subtotal": {"dataType":"string","required":true},
            "readyToOrder": {"dataType":"boolean","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "CustomerOrderStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["received"]},{"dataType":"enum","enums":["processing"]},{"dataType":"enum","enums":["confirmed"]},{"dataType":"enum","enums":["needs-attention"]},{"dataType":"enum","enums":["shipped"]},{"dataType":"enum","enums":["delivered"]},{"dataType":"enum","enums":["invoiced"]},{"dataType":"enum","enums":["cancelled"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalOrderLine": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"double","required":true},
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string"},
            "unitPrice": {"dataType":"string"},
            "lineTotal": {"dataType":"string"},
        },
        "additionalProperties": false,
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
    "CustomerTimelineEntry": {
        "dataType": "refObject",
        "properties": {
            "status": {"ref":"CustomerOrderStatus","required":true},
            "text": {"dataType":"string","required":true},
            "at": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalOrderInvoice": {
        "dataType": "refObject",
        "properties": {
            "invoiceId": {"dataType":"string","required":true},
            "invoiceDate": {"dataType":"string","required":true},
            "dueDate": {"dataType":"string","required":true},
            "total": {"dataType":"string","required":true},
            "balanceDue": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalOrder": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string"},
            "purchaseOrderNumber": {"dataType":"string"},
            "status": {"ref":"CustomerOrderStatus","required":true},
            "statusText": {"dataType":"string","required":true},
            "currency": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalOrderLine"},"required":true},
            "subtotal": {"dataType":"string"},
            "tax": {"dataType":"string"},
            "total": {"dataType":"string"},
            "shipTo": {"ref":"AddressAsSent"},
            "placedAt": {"dataType":"string","required":true},
            "timeline": {"dataType":"array","array":{"dataType":"refObject","ref":"CustomerTimelineEntry"},"required":true},
            "shipments": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalShipment"}},
            "invoices": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalOrderInvoice"}},
        },
        "additionalProperties": false,
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
    "PortalOrderLineRequest": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "uom": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "purchaseOrderNumber": {"dataType":"string"},
            "requestedDeliveryDate": {"dataType":"string"},
            "shipTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalOrderLineRequest"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalOrderPage": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalOrder"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalReorderRequest": {
        "dataType": "refObject",
        "properties": {
            "purchaseOrderNumber": {"dataType":"string"},
            "requestedDeliveryDate": {"dataType":"string"},
            "shipTo": {"ref":"Address"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalInvoiceLine": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "description": {"dataType":"string"},
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string","required":true},
            "unitPrice": {"dataType":"string","required":true},
            "amount": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalInvoice": {
        "dataType": "refObject",
        "properties": {
            "invoiceId": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string","required":true},
            "status": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["paid"]}],"required":true},
            "currency": {"dataType":"string","required":true},
            "invoiceDate": {"dataType":"string","required":true},
            "dueDate": {"dataType":"string","required":true},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalInvoiceLine"},"required":true},
            "subtotal": {"dataType":"string","required":true},
            "tax": {"dataType":"string","required":true},
            "freight": {"dataType":"string","required":true},
            "total": {"dataType":"string","required":true},
            "balanceDue": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalInvoicePage": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalInvoice"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalPrice": {
        "dataType": "refObject",
        "properties": {
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string","required":true},
            "unitPrice": {"dataType":"string","required":true},
            "currency": {"dataType":"string","required":true},
            "priceListId": {"dataType":"string","required":true},
            "priceRule": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalCatalogueItem": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "description": {"dataType":"string","required":true},
            "baseUom": {"dataType":"string","required":true},
            "units": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalUnit"},"required":true},
            "price": {"ref":"PortalPrice"},
            "unpriced": {"dataType":"string"},
            "stock": {"ref":"PortalStock","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "PortalCataloguePage": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"PortalCatalogueItem"},"required":true},
            "nextCursor": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobilePrice": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "uom": {"dataType":"string","required":true},
            "unitPrice": {"dataType":"string"},
            "available": {"dataType":"double","required":true},
            "stockUom": {"dataType":"string"},
            "nextReceipt": {"dataType":"string"},
            "problem": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobilePriceCheck": {
        "dataType": "refObject",
        "properties": {
            "customerId": {"dataType":"string","required":true},
            "currency": {"dataType":"string","required":true},
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"MobilePrice"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileOrder": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string"},
            "status": {"ref":"CustomerOrderStatus","required":true},
            "statusText": {"dataType":"string","required":true},
            "currency": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"lineTotal":{"dataType":"string"},"unitPrice":{"dataType":"string"},"uom":{"dataType":"string"},"quantity":{"dataType":"double","required":true},"sku":{"dataType":"string","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
            "subtotal": {"dataType":"string"},
            "tax": {"dataType":"string"},
            "total": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileOrderLineRequest": {
        "dataType": "refObject",
        "properties": {
            "sku": {"dataType":"string","required":true},
            "quantity": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "uom": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "purchaseOrderNumber": {"dataType":"string"},
            "requestedDeliveryDate": {"dataType":"string"},
            "shipTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"MobileOrderLineRequest"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileCustomer": {
        "dataType": "refObject",
        "properties": {
            "customerId": {"dataType":"string","required":true},
            "name": {"dataType":"string","required":true},
            "status": {"dataType":"string","required":true},
            "city": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileOrderSummary": {
        "dataType": "refObject",
        "properties": {
            "orderId": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string"},
            "status": {"ref":"CustomerOrderStatus","required":true},
            "placedAt": {"dataType":"string","required":true},
            "total": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileInvoiceSummary": {
        "dataType": "refObject",
        "properties": {
            "invoiceId": {"dataType":"string","required":true},
            "invoiceDate": {"dataType":"string","required":true},
            "dueDate": {"dataType":"string","required":true},
            "total": {"dataType":"string","required":true},
            "balanceDue": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MobileCustomerSnapshot": {
        "dataType": "refObject",
        "properties": {
            "customerId": {"dataType":"string","required":true},
            "name": {"dataType":"string","required":true},
            "status": {"dataType":"string","required":true},
            "paymentTerms": {"dataType":"string","required":true},
            "credit": {"dataType":"nestedObjectLiteral","nestedProperties":{"openOrders":{"dataType":"string","required":true},"openInvoices":{"dataType":"string","required":true},"available":{"dataType":"string","required":true},"creditLimit":{"dataType":"string","required":true},"currency":{"dataType":"string","required":true}},"required":true},
            "openOrders": {"dataType":"array","array":{"dataType":"refObject","ref":"MobileOrderSummary"},"required":true},
            "recentInvoices": {"dataType":"array","array":{"dataType":"refObject","ref":"MobileInvoiceSummary"},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceOrderLine": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"double","required":true},
            "partnerSku": {"dataType":"string","required":true},
            "quantity": {"dataType":"double","required":true},
            "unitPrice": {"dataType":"string"},
            "lineTotal": {"dataType":"string"},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceOrder": {
        "dataType": "refObject",
        "properties": {
            "partnerOrderId": {"dataType":"string","required":true},
            "status": {"ref":"CustomerOrderStatus","required":true},
            "statusText": {"dataType":"string","required":true},
            "orderNumber": {"dataType":"string"},
            "currency": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"MarketplaceOrderLine"},"required":true},
            "subtotal": {"dataType":"string"},
            "tax": {"dataType":"string"},
            "total": {"dataType":"string"},
            "receivedAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceOrderLineRequest": {
        "dataType": "refObject",
        "properties": {
            "lineNumber": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "partnerSku": {"dataType":"string","required":true},
            "quantity": {"dataType":"integer","required":true,"validators":{"minimum":{"value":1}}},
            "unitPrice": {"dataType":"string","validators":{"pattern":{"value":"^\\d{1,14}(\\.\\d{1,4})?$"}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceOrderRequest": {
        "dataType": "refObject",
        "properties": {
            "partnerOrderId": {"dataType":"string","required":true,"validators":{"pattern":{"value":"^[A-Za-z0-9._:-]{1,64}$"}}},
            "purchaseOrderNumber": {"dataType":"string"},
            "requestedDeliveryDate": {"dataType":"string"},
            "shipTo": {"ref":"Address","required":true},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"MarketplaceOrderLineRequest"},"required":true,"validators":{"minItems":{"value":1}}},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceShipment": {
        "dataType": "refObject",
        "properties": {
            "shipmentId": {"dataType":"string","required":true},
            "status": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["created"]},{"dataType":"enum","enums":["picked"]},{"dataType":"enum","enums":["packed"]},{"dataType":"enum","enums":["shipped"]},{"dataType":"enum","enums":["delivered"]}],"required":true},
            "carrier": {"dataType":"string","required":true},
            "trackingNumber": {"dataType":"string"},
            "trackingUrl": {"dataType":"string"},
            "shippedAt": {"dataType":"string"},
            "deliveredAt": {"dataType":"string"},
            "lines": {"dataType":"array","array":{"dataType":"nestedObjectLiteral","nestedProperties":{"quantity":{"dataType":"double","required":true},"partnerSku":{"dataType":"string","required":true},"lineNumber":{"dataType":"double","required":true}}},"required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceInventoryItem": {
        "dataType": "refObject",
        "properties": {
            "partnerSku": {"dataType":"string","required":true},
            "availableToSell": {"dataType":"double","required":true},
        },
        "additionalProperties": false,
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "MarketplaceInventoryFeed": {
        "dataType": "refObject",
        "properties": {
            "items": {"dataType":"array","array":{"dataType":"refObject","ref":"MarketplaceInventoryItem"},"required":true},
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


    
        const argsPortalShipmentsController_listShipments: Record<string, TsoaRoute.ParameterSchema> = {
                status: {"in":"query","name":"status","dataType":"union","subSchemas":[{"dataType":"enum","enums":["created"]},{"dataType":"enum","enums":["picked"]},{"dataType":"enum","enums":["packed"]},{"dataType":"enum","enums":["shipped"]},{"dataType":"enum","enums":["delivered"]}]},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/experience/portal/v1/shipments',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(PortalShipmentsController.prototype.listShipments)),

            async function PortalShipmentsController_listShipments(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalShipmentsController_listShipments, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalShipmentsController>(PortalShipmentsController);
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
        const argsPortalShipmentsController_getShipment: Record<string, TsoaRoute.ParameterSchema> = {
                shipmentId: {"in":"path","name":"shipmentId","required":true,"dataType":"string"},
        };
        app.get('/experience/portal/v1/shipments/:shipmentId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalShipmentsController)),
            ...(fetchMiddlewares<RequestHandler>(PortalShipmentsController.prototype.getShipment)),

            async function PortalShipmentsController_getShipment(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalShipmentsController_getShipment, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalShipmentsController>(PortalShipmentsController);
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
        const argsPortalReturnsController_requestReturn: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"body","name":"request","required":true,"ref":"PortalReturnRequest"},
        };
        app.post('/experience/portal/v1/returns',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController.prototype.requestReturn)),

            async function PortalReturnsController_requestReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalReturnsController_requestReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalReturnsController>(PortalReturnsController);
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
        const argsPortalReturnsController_listReturns: Record<string, TsoaRoute.ParameterSchema> = {
                status: {"in":"query","name":"status","ref":"ReturnStatus"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/experience/portal/v1/returns',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController.prototype.listReturns)),

            async function PortalReturnsController_listReturns(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalReturnsController_listReturns, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalReturnsController>(PortalReturnsController);
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
        const argsPortalReturnsController_getReturn: Record<string, TsoaRoute.ParameterSchema> = {
                returnId: {"in":"path","name":"returnId","required":true,"dataType":"string"},
        };
        app.get('/experience/portal/v1/returns/:returnId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController)),
            ...(fetchMiddlewares<RequestHandler>(PortalReturnsController.prototype.getReturn)),

            async function PortalReturnsController_getReturn(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalReturnsController_getReturn, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalReturnsController>(PortalReturnsController);
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
        const argsPortalQuickOrderController_checkQuickOrder: Record<string, TsoaRoute.ParameterSchema> = {
                lines: {"in":"query","name":"lines","required":true,"dataType":"string"},
        };
        app.get('/experience/portal/v1/quick-order',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalQuickOrderController)),
            ...(fetchMiddlewares<RequestHandler>(PortalQuickOrderController.prototype.checkQuickOrder)),

            async function PortalQuickOrderController_checkQuickOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalQuickOrderController_checkQuickOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalQuickOrderController>(PortalQuickOrderController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'checkQuickOrder',
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
        const argsPortalOrdersController_placeOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"body","name":"request","required":true,"ref":"PortalOrderRequest"},
                idempotencyKey: {"in":"header","name":"Idempotency-Key","dataType":"string"},
        };
        app.post('/experience/portal/v1/orders',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController.prototype.placeOrder)),

            async function PortalOrdersController_placeOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalOrdersController_placeOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalOrdersController>(PortalOrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'placeOrder',
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
        const argsPortalOrdersController_getOrder: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
        };
        app.get('/experience/portal/v1/orders/:orderId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController.prototype.getOrder)),

            async function PortalOrdersController_getOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalOrdersController_getOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalOrdersController>(PortalOrdersController);
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
        const argsPortalOrdersController_listOrders: Record<string, TsoaRoute.ParameterSchema> = {
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/experience/portal/v1/orders',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController.prototype.listOrders)),

            async function PortalOrdersController_listOrders(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalOrdersController_listOrders, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalOrdersController>(PortalOrdersController);
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
        const argsPortalOrdersController_reorder: Record<string, TsoaRoute.ParameterSchema> = {
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"PortalReorderRequest"},
                idempotencyKey: {"in":"header","name":"Idempotency-Key","dataType":"string"},
        };
        app.post('/experience/portal/v1/orders/:orderId/reorder',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(PortalOrdersController.prototype.reorder)),

            async function PortalOrdersController_reorder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalOrdersController_reorder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalOrdersController>(PortalOrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'reorder',
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
        const argsPortalInvoicesController_listInvoices: Record<string, TsoaRoute.ParameterSchema> = {
                status: {"in":"query","name":"status","dataType":"union","subSchemas":[{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["paid"]}]},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/experience/portal/v1/invoices',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalInvoicesController)),
            ...(fetchMiddlewares<RequestHandler>(PortalInvoicesController.prototype.listInvoices)),

            async function PortalInvoicesController_listInvoices(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalInvoicesController_listInvoices, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalInvoicesController>(PortalInvoicesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listInvoices',
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
        const argsPortalInvoicesController_getInvoice: Record<string, TsoaRoute.ParameterSchema> = {
                invoiceId: {"in":"path","name":"invoiceId","required":true,"dataType":"string"},
        };
        app.get('/experience/portal/v1/invoices/:invoiceId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalInvoicesController)),
            ...(fetchMiddlewares<RequestHandler>(PortalInvoicesController.prototype.getInvoice)),

            async function PortalInvoicesController_getInvoice(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalInvoicesController_getInvoice, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalInvoicesController>(PortalInvoicesController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getInvoice',
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
        const argsPortalCatalogueController_searchCatalogue: Record<string, TsoaRoute.ParameterSchema> = {
                q: {"in":"query","name":"q","dataType":"string"},
                cursor: {"in":"query","name":"cursor","dataType":"string"},
                limit: {"in":"query","name":"limit","dataType":"integer","validators":{"isInt":{"errorMsg":"limit"}}},
        };
        app.get('/experience/portal/v1/catalogue',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalCatalogueController)),
            ...(fetchMiddlewares<RequestHandler>(PortalCatalogueController.prototype.searchCatalogue)),

            async function PortalCatalogueController_searchCatalogue(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalCatalogueController_searchCatalogue, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalCatalogueController>(PortalCatalogueController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'searchCatalogue',
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
        const argsPortalCatalogueController_getCatalogueItem: Record<string, TsoaRoute.ParameterSchema> = {
                sku: {"in":"path","name":"sku","required":true,"dataType":"string"},
                quantity: {"in":"query","name":"quantity","dataType":"double"},
                uom: {"in":"query","name":"uom","dataType":"string"},
        };
        app.get('/experience/portal/v1/catalogue/:sku',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(PortalCatalogueController)),
            ...(fetchMiddlewares<RequestHandler>(PortalCatalogueController.prototype.getCatalogueItem)),

            async function PortalCatalogueController_getCatalogueItem(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsPortalCatalogueController_getCatalogueItem, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<PortalCatalogueController>(PortalCatalogueController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getCatalogueItem',
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
        const argsMobilePriceCheckController_priceCheck: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"path","name":"customerId","required":true,"dataType":"string"},
                items: {"in":"query","name":"items","required":true,"dataType":"string"},
                notModified: {"in":"res","name":"304","required":true,"dataType":"void"},
                ifNoneMatch: {"in":"header","name":"If-None-Match","dataType":"string"},
        };
        app.get('/experience/mobile/v1/customers/:customerId/price-check',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MobilePriceCheckController)),
            ...(fetchMiddlewares<RequestHandler>(MobilePriceCheckController.prototype.priceCheck)),

            async function MobilePriceCheckController_priceCheck(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMobilePriceCheckController_priceCheck, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MobilePriceCheckController>(MobilePriceCheckController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'priceCheck',
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
        const argsMobileOrdersController_placeOrder: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"path","name":"customerId","required":true,"dataType":"string"},
                request: {"in":"body","name":"request","required":true,"ref":"MobileOrderRequest"},
                idempotencyKey: {"in":"header","name":"Idempotency-Key","dataType":"string"},
        };
        app.post('/experience/mobile/v1/customers/:customerId/orders',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MobileOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(MobileOrdersController.prototype.placeOrder)),

            async function MobileOrdersController_placeOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMobileOrdersController_placeOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MobileOrdersController>(MobileOrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'placeOrder',
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
        const argsMobileOrdersController_getOrder: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"path","name":"customerId","required":true,"dataType":"string"},
                orderId: {"in":"path","name":"orderId","required":true,"dataType":"string"},
        };
        app.get('/experience/mobile/v1/customers/:customerId/orders/:orderId',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MobileOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(MobileOrdersController.prototype.getOrder)),

            async function MobileOrdersController_getOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMobileOrdersController_getOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MobileOrdersController>(MobileOrdersController);
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
        const argsMobileCustomersController_listCustomers: Record<string, TsoaRoute.ParameterSchema> = {
        };
        app.get('/experience/mobile/v1/customers',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MobileCustomersController)),
            ...(fetchMiddlewares<RequestHandler>(MobileCustomersController.prototype.listCustomers)),

            async function MobileCustomersController_listCustomers(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMobileCustomersController_listCustomers, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MobileCustomersController>(MobileCustomersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'listCustomers',
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
        const argsMobileCustomersController_getSnapshot: Record<string, TsoaRoute.ParameterSchema> = {
                customerId: {"in":"path","name":"customerId","required":true,"dataType":"string"},
        };
        app.get('/experience/mobile/v1/customers/:customerId/snapshot',
            authenticateMiddleware([{"bearer":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MobileCustomersController)),
            ...(fetchMiddlewares<RequestHandler>(MobileCustomersController.prototype.getSnapshot)),

            async function MobileCustomersController_getSnapshot(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMobileCustomersController_getSnapshot, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MobileCustomersController>(MobileCustomersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getSnapshot',
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
        const argsMarketplaceOrdersController_submitOrder: Record<string, TsoaRoute.ParameterSchema> = {
                request: {"in":"body","name":"request","required":true,"ref":"MarketplaceOrderRequest"},
                idempotencyKey: {"in":"header","name":"Idempotency-Key","dataType":"string"},
        };
        app.post('/experience/marketplace/v1/orders',
            authenticateMiddleware([{"apiKey":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController.prototype.submitOrder)),

            async function MarketplaceOrdersController_submitOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMarketplaceOrdersController_submitOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MarketplaceOrdersController>(MarketplaceOrdersController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'submitOrder',
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
        const argsMarketplaceOrdersController_getOrder: Record<string, TsoaRoute.ParameterSchema> = {
                partnerOrderId: {"in":"path","name":"partnerOrderId","required":true,"dataType":"string"},
        };
        app.get('/experience/marketplace/v1/orders/:partnerOrderId',
            authenticateMiddleware([{"apiKey":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController.prototype.getOrder)),

            async function MarketplaceOrdersController_getOrder(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMarketplaceOrdersController_getOrder, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MarketplaceOrdersController>(MarketplaceOrdersController);
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
        const argsMarketplaceOrdersController_listShipments: Record<string, TsoaRoute.ParameterSchema> = {
                partnerOrderId: {"in":"path","name":"partnerOrderId","required":true,"dataType":"string"},
        };
        app.get('/experience/marketplace/v1/orders/:partnerOrderId/shipments',
            authenticateMiddleware([{"apiKey":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController)),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceOrdersController.prototype.listShipments)),

            async function MarketplaceOrdersController_listShipments(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMarketplaceOrdersController_listShipments, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MarketplaceOrdersController>(MarketplaceOrdersController);
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
        const argsMarketplaceInventoryController_getInventory: Record<string, TsoaRoute.ParameterSchema> = {
                notModified: {"in":"res","name":"304","required":true,"dataType":"void"},
                ifNoneMatch: {"in":"header","name":"If-None-Match","dataType":"string"},
        };
        app.get('/experience/marketplace/v1/inventory',
            authenticateMiddleware([{"apiKey":[]}]),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceInventoryController)),
            ...(fetchMiddlewares<RequestHandler>(MarketplaceInventoryController.prototype.getInventory)),

            async function MarketplaceInventoryController_getInventory(request: ExRequest, response: ExResponse, next: any) {

            // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa

            let validatedArgs: any[] = [];
            try {
                validatedArgs = templateService.getValidatedArgs({ args: argsMarketplaceInventoryController_getInventory, request, response });

                const container: IocContainer = typeof iocContainer === 'function' ? (iocContainer as IocContainerFactory)(request) : iocContainer;

                const controller: any = await container.get<MarketplaceInventoryController>(MarketplaceInventoryController);
                if (typeof controller['setStatus'] === 'function') {
                controller.setStatus(undefined);
                }

              await templateService.apiHandler({
                methodName: 'getInventory',
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
