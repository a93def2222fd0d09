// SPDX-License-Identifier: Apache-2.0
// What the signed-in caller may do, as the foodtrace chaincode decides it (FoodAccess and its services): the console
// offers only these, so it never makes a request the API would refuse for the caller's role.

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
  /**
   * Recall and continue a recall: the regulator role (the chaincode also needs the organisation to be a configured
   * authority; an identity with the role elsewhere is refused NOT_AN_AUTHORITY, and the message says so).
   */
  recall: me => hasAny(me, ['regulator']),
  /** Acknowledge: any user of a holder organisation that has not acknowledged yet. */
  acknowledge: (me, status) => status.notAcknowledged.includes(me.mspId),
};
