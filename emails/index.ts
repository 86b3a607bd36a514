import caseUpdate from './case-update';
import confirmLetter from './confirm-letter';
import letterDigest from './letter-digest';
import protestLetter from './protest-letter';
import resolutionReviewed from './resolution-reviewed';
import confirmSignature from './confirm-signature';
import confirmSubscription from './confirm-subscription';
import organiserSignIn from './organiser-sign-in';
import picketChanged from './picket-changed';
import picketConfirmProposal from './picket-confirm-proposal';
import picketConfirmRsvp from './picket-confirm-rsvp';
import picketConfirmation from './picket-confirmation';
import picketReminder from './picket-reminder';
import picketReviewed from './picket-reviewed';
import signatureConfirmed from './signature-confirmed';
import subscriptionPreferences from './subscription-preferences';
import type { MailTemplate } from './template';

/** Every message the platform sends, by the event it is named after. */
export const templates = {
  'confirm-signature': confirmSignature,
  'signature-confirmed': signatureConfirmed,
  'confirm-subscription': confirmSubscription,
  'case-update': caseUpdate,
  'picket-confirm-proposal': picketConfirmProposal,
  'picket-reviewed': picketReviewed,
  'picket-confirm-rsvp': picketConfirmRsvp,
  'subscription-preferences': subscriptionPreferences,
  'picket-confirmation': picketConfirmation,
  'picket-reminder': picketReminder,
  'picket-changed': picketChanged,
  'organiser-sign-in': organiserSignIn,
  'confirm-letter': confirmLetter,
  'protest-letter': protestLetter,
  'letter-digest': letterDigest,
  'resolution-reviewed': resolutionReviewed,
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = (typeof templates)[N] extends MailTemplate<infer P> ? P : never;

export const templateNames = Object.keys(templates) as TemplateName[];

export function isTemplateName(value: string): value is TemplateName {
  return Object.hasOwn(templates, value);
}
