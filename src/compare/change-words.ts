import type { PostingChange } from '../core/posting-history';

/** A posting's changes in words, for the badge (kept apart from the comparison, so the content script carries only this). */

/** What each changed field is called where changes are listed. */
export const CHANGED_FIELD_LABELS: Record<PostingChange['field'], string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  workplace: 'Workplace',
  salary: 'Salary',
  experience: 'Experience',
  required: 'Required skills',
  preferred: 'Nice-to-have skills',
  description: 'Description',
};

/** "Salary: €80K–€95K a year → €85K–€105K a year"; the description says how much of it is as before. */
export function changeWords(change: PostingChange): string {
  const label = CHANGED_FIELD_LABELS[change.field];
  return change.field === 'description' ? `${label}: ${change.after.toLowerCase()}` : `${label}: ${change.before} → ${change.after}`;
}
