/** The UBL 2.1 namespaces: elements are matched by these URIs, whatever prefix a document gives them. */
export const UBL_NAMESPACE = {
  order: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2',
  orderResponse: 'urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** Peppol BIS Ordering 3: the order transaction, the order response transaction, and the profiles. */
export const PEPPOL = {
  orderCustomization: 'urn:fdc:peppol.eu:poacc:trns:order:3',
  orderResponseCustomization: 'urn:fdc:peppol.eu:poacc:trns:order_response:3',
  /** Ordering: order and order response (the profile an order response belongs to). */
  orderingProfile: 'urn:fdc:peppol.eu:poacc:bis:ordering:3',
} as const;

/** The document kind a UBL Order is stored and read again as (see ubl-channel). */
export const UBL_ORDER_KIND = 'ubl-order';

/** The outbound document kind of a UBL OrderResponse. */
export const UBL_ORDER_RESPONSE_KIND = 'ubl-order-response';

/** ISO 6523 ICD 0160: a GTIN, as Peppol's StandardItemIdentification/ID@schemeID names it. */
export const GTIN_SCHEME = '0160';
