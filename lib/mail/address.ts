import { z } from 'zod';

const emailSchema = z.email();

/** Addresses are compared lower-cased: the suppression list must match whatever case people type. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Whether an address may be handed to the provider at all; anything else never leaves the outbox. */
export function isDeliverableAddress(address: string): boolean {
  return address.length <= 254 && emailSchema.safeParse(address).success;
}
