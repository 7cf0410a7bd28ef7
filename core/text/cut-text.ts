/** At most `max` UTF-16 units; a high surrogate left without its pair by the cut goes too, so no cut leaves half an emoji. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
