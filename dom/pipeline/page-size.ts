/**
 * Whether a page is too large to read without freezing it. Readability and our clean-up
 * take time in proportion to the page: on a 10 MB page they hold the main thread for
 * seconds, in steps that cannot be cut smaller. No news article comes near these bounds
 * (the longest long-reads run to a few hundred thousand characters), so a page past them
 * is left alone, and the popup says why.
 */
export const PAGE_LIMITS = { textChars: 1_000_000, elements: 150_000 } as const;

export interface PageSize {
  tooLarge: boolean;
  /** Text characters and elements counted, each up to just past its limit. */
  textChars: number;
  elements: number;
}

/** Counts with walkers that stop just past each limit: the count itself must not cost what it guards against. */
export function measurePage(doc: Document, limits: { textChars: number; elements: number } = PAGE_LIMITS): PageSize {
  let elements = 0;
  const elementWalker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  while (elements <= limits.elements && elementWalker.nextNode()) elements++;
  let textChars = 0;
  if (doc.body) {
    const textWalker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    while (textChars <= limits.textChars && textWalker.nextNode()) textChars += (textWalker.currentNode as Text).data.length;
  }
  return { tooLarge: textChars > limits.textChars || elements > limits.elements, textChars, elements };
}
