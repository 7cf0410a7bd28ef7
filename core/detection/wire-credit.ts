/**
 * A news agency credited in the running text: "(AP) —", "(Reuters)", "Agence France-Presse",
 * "(연합뉴스)", "新华社". Agencies sell news and little else, so their names in a page's
 * paragraphs mark wire copy or a report that cites it, in any language the page is written
 * in: the names are brands, printed the same way everywhere. A recipe, a shop or a wiki page
 * rarely names one. On detection-dev's dev part it is about as common on the newer news pages
 * as on the older ones (1 page in 14, 1 in 8), so it does not tell an old page from a new one.
 */

/** Agencies' short names, counted only as a credit in brackets, where they cannot be an ordinary word. */
const SHORT_CREDIT =
  /\((?:AP|AFP|Reuters|dpa|UPI|EFE|ANSA|PTI|IANS|ANI|AAP|Yonhap|Kyodo|Xinhua|TASS|Interfax|Bernama|Antara|APA|SDA|ATS|Lusa|PAP|ČTK|MTI|ANP|Belga|NTB|Ritzau|CNA)\)/u;
/** Agencies' full names, counted anywhere in the text; the Latin ones as whole words. */
const FULL_NAME =
  /\b(?:Associated Press|Agence France[- ]Presse|Reuters|Deutsche Presse[- ]Agentur|Press Trust of India|Press Association|Canadian Press|Australian Associated Press|Agencia EFE|Europa Press|Kyodo News|Yonhap News|Anadolu Agency|United Press International)\b|연합뉴스|뉴시스|新华社|新華社|中新社|中央社|共同通信|時事通信|路透社|法新社|美联社|美聯社/u;

/** The agency the text credits, as the page prints it, or null. */
export function wireCreditIn(texts: readonly string[]): string | null {
  for (const text of texts) {
    const found = SHORT_CREDIT.exec(text) ?? FULL_NAME.exec(text);
    if (found) return found[0];
  }
  return null;
}
