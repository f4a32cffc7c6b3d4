/**
 * Whether an HTTP status says the page is gone for good: 404 Not Found, 410 Gone. A posting
 * page served so will not render a posting later, and a saved job behind it is marked
 * Closed; any other failure (500, a timeout) says nothing about the job.
 */
export function isGoneStatus(status: number | null | undefined): boolean {
  return status === 404 || status === 410;
}
