/* tslint:disable */
/* eslint-disable */
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import type { TsoaRoute } from '@tsoa/runtime';
import {  fetchMiddlewares, ExpressTemplateService } from '@tsoa/runtime';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { OrdersController } from './../orders/orders.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { HoldsController } from './../holds/holds.controller';
// WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
import { DeadLettersController } from './../dead-letters/dead-letters.controller';
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
    "SalesChannel": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["portal"]},{"dataType":"enum","enums":["mobile"]},{"dataType":"enum","enums":["marketplace"]},{"dataType":"enum","enums":["x12"]},{"dataType":"enum","enums":["shopify"]},{"dataType":"enum","enums":["woocommerce"]},{"dataType":"enum","enums":["magento"]},{"dataType":"enum","enums":["amazon"]},{"dataType":"enum","enums":["csv"]},{"dataType":"enum","enums":["api"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "SalesOrderStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["RECEIVED"]},{"dataType":"enum","enums":["VALIDATED"]},{"dataType":"enum","enums":["PLANNED"]},{"dataType":"enum","enums":["SUBMITTED"]},{"dataType":"enum","enums":["PARTIALLY_SHIPPED"]},{"dataType":"enum","enums":["SHIPPED"]},{"dataType":"enum","enums":["INVOICED"]},{"dataType":"enum","enums":["CLOSED"]},{"dataType":"enum","enums":["HELD"]},{"dataType":"enum","enums":["REJECTED"]},{"dataType":"enum","enums":["CANCELLED"]},{"dataType":"enum","enums":["FAILED"]}],"validators":{}},
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
            "postalCode": {"dataType":"string","required":true},
            "country": {"ref":"CountryCode","required":true},
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
            "lineTotal": {"dataType":"string"},
            "priceRule": {"dataType":"string"},
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
            "shipTo": {"ref":"Address","required":true},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderLine"},"required":true},
            "subtotal": {"dataType":"string"},
            "tax": {"dataType":"string"},
            "total": {"dataType":"string"},
            "plan": {"ref":"FulfilmentPlanView"},
            "erpOrderId": {"dataType":"string"},
            "holds": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderHold"},"required":true},
            "deadLetters": {"dataType":"array","array":{"dataType":"refObject","ref":"ProcessOrderDeadLetter"},"required":true},
            "timeline": {"dataType":"array","array":{"dataType":"refObject","ref":"TimelineEntry"},"required":true},
            "createdAt": {"dataType":"string","required":true},
            "updatedAt": {"dataType":"string","required":true},
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
            "shipTo": {"ref":"Address","required":true},
            "billTo": {"ref":"Address"},
            "lines": {"dataType":"array","array":{"dataType":"refObject","ref":"SalesOrderLineInput"},"required":true,"validators":{"minItems":{"value":1}}},
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
    "HoldStatus": {
        "dataType": "refAlias",
        "type": {"dataType":"union","subSchemas":[{"dataType":"enum","enums":["open"]},{"dataType":"enum","enums":["released"]},{"dataType":"enum","enums":["overridden"]},{"dataType":"enum","enums":["rejected"]}],"validators":{}},
    },
    // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
    "ProcessHold": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
            "orderStatus": {"ref":"SalesOrderStatus","required":true},
            "reasonCode": {"dataType":"string","required":true},
            "detail": {"dataType":"string","required":true},
            "step": {"dataType":"string","required":true},
            "status": {"ref":"HoldStatus","required":true},
            "createdAt": {"dataType":"string","required":true},
            "resolvedAt": {"dataType":"string"},
            "resolvedBy": {"dataType":"string"},
            "resolution": {"dataType":"string"},
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
    "ReleaseHoldRequest": {
        "dataType": "refObject",
        "properties": {
            "note": {"dataType":"string","validators":{"maxLength":{"value":500}}},
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
    "ProcessDeadLetter": {
        "dataType": "refObject",
        "properties": {
            "id": {"dataType":"string","required":true},
            "orderId": {"dataType":"string","required":true},
            "customerId": {"dataType":"string","required":true},
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
            "step": {"dataType":"string"},
            "customerId": {"dataType":"string"},
            "since": {"dataType":"datetime"},
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


    
        const argsOrdersController_placeOrder: Record<string, TsoaRoute.ParameterSchema> = {
                order: {"in":"body","name":"order","required":true,"ref":"SalesOrderInput"},
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
        const argsHoldsController_listHolds: Record<string, TsoaRoute.ParameterSchema> = {
                status: {"in":"query","name":"status","ref":"HoldStatus"},
                reasonCode: {"in":"query","name":"reasonCode","dataType":"string"},
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
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
        const argsDeadLettersController_listDeadLetters: Record<string, TsoaRoute.ParameterSchema> = {
                step: {"in":"query","name":"step","dataType":"string"},
                orderId: {"in":"query","name":"orderId","dataType":"string"},
                customerId: {"in":"query","name":"customerId","dataType":"string"},
                replayed: {"in":"query","name":"replayed","dataType":"boolean"},
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
