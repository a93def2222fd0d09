// SPDX-License-Identifier: Apache-2.0
// What the signed-in caller may do, as the foodtrace chaincode (FoodAccess and its services) and the govdir chaincode
// (DirectoryAccess) decide it: the console offers only these, so it never makes a request the API would refuse for
// the caller's role.

/** Roles of an organisation that handles goods: they may ship what their organisation holds, and receive. */
const CUSTODIANS = ['producer', 'processor', 'logistics', 'retailer'];

export function roles(me) {
  return me.role.split(',').map(role => role.trim()).filter(role => role !== '');
}

function hasAny(me, wanted) {
  return roles(me).some(role => wanted.includes(role));
}

export const can = {
  /** The organisation's peer is on the foodtrace channel (a profile listing no channels: assume it is). */
  food: me => me.channels.length === 0 || me.channels.includes('foodtrace'),
  /** RegisterLot: the producer role only. */
  register: me => hasAny(me, ['producer']),
  /** Ship: a custodian role, and the caller's organisation holds the lot, which is not in transit or stopped. */
  ship: (me, lot) => hasAny(me, CUSTODIANS) && lot.holderMspId === me.mspId && lot.status === 'ACTIVE',
  /** Receive: a custodian role of the organisation the open shipment goes to. */
  receive: (me, lot) => hasAny(me, CUSTODIANS) && lot.status === 'IN_TRANSIT' && lot.shippedToMspId === me.mspId,
  /** RecordSensorReadings: the logistics role, for a lot its organisation holds or that is shipped to it. */
  recordReadings: (me, lot) => hasAny(me, ['logistics'])
      && (lot.holderMspId === me.mspId || lot.shippedToMspId === me.mspId),
  /** RecordDocument: FoodAccess.DOCUMENT_WRITERS (the custodians, inspectors and regulators; the role alone). */
  recordDocument: me => hasAny(me, [...CUSTODIANS, 'inspector', 'regulator']),
  /** Inspect: the inspector role, on any lot. */
  inspect: me => hasAny(me, ['inspector']),
  /** Sell: the retailer role of the organisation that holds the lot, while the lot is active. */
  sell: (me, lot) => hasAny(me, ['retailer']) && lot.holderMspId === me.mspId && lot.status === 'ACTIVE',
  /**
   * Recall and continue a recall: the regulator role (the chaincode also needs the organisation to be a configured
   * authority; an identity with the role elsewhere is refused NOT_AN_AUTHORITY, and the message says so).
   */
  recall: me => hasAny(me, ['regulator']),
  /** Acknowledge: any user of a holder organisation that has not acknowledged yet. */
  acknowledge: (me, status) => status.notAcknowledged.includes(me.mspId),
  /** The organisation's peer is on the govdir channel: the directory pages are for it. */
  directory: me => me.channels.includes('govdir'),
  /** SubmitRequest: the requester or catalog-admin role (of the requesting department's organisation). */
  requestData: me => hasAny(me, ['requester', 'catalog-admin']),
  /** ApproveRequest, RefuseRequest: the catalog-admin role of the owner department's organisation, while pending. */
  decide: (me, request, owner) => hasAny(me, ['catalog-admin']) && owner.mspId === me.mspId
      && request.state === 'SUBMITTED',
  /**
   * A department's requests, grants and access log: any member of its organisation. Regulator organisations and
   * auditors may read them too, but only the ledger's configuration says which organisations those are, so the
   * console offers the pages to the department's own organisation only (never a refused read).
   */
  readSharing: (me, department) => department.mspId === me.mspId,
};
