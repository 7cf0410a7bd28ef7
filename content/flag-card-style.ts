/**
 * The card's style sheet, inside its shadow root: the page's CSS cannot reach in, and
 * ours cannot leak out. Everything is set explicitly (the host resets inheritance with
 * `all: initial`), in px rather than rem, because the page's root font size is its own.
 */
export const FLAG_CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1c1d21; --muted: #5c6170; --line: #e3e5ea; --soft: #f3f4f7;
  --accent: #2357c6; --accent-fg: #ffffff; --shadow: 0 10px 30px rgb(15 20 35 / 0.18), 0 2px 6px rgb(15 20 35 / 0.10);
  position: fixed; left: 0; top: 0; box-sizing: border-box;
  width: max-content; min-width: 260px; max-width: min(360px, calc(100vw - 16px));
  margin: 0; padding: 10px 14px 12px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: inset 0 3px 0 var(--hue, transparent), var(--shadow);
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; word-spacing: normal; text-transform: none;
  white-space: normal; overflow-wrap: break-word; cursor: auto; pointer-events: auto;
  color-scheme: light;
}
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1d1f24; --fg: #e8e9ed; --muted: #a3a8b5; --line: #363944; --soft: #272a31;
    --accent: #8fb1ff; --accent-fg: #10131a; --shadow: 0 10px 30px rgb(0 0 0 / 0.55), 0 2px 6px rgb(0 0 0 / 0.35);
    color-scheme: dark;
  }
}
.header { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 0 0 6px; }
.category { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
.swatch { width: 10px; height: 10px; border-radius: 3px; background: var(--hue, #888); flex: none; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; color: var(--muted); text-transform: uppercase; }
.phrase { margin: 0 0 4px; font-size: 15px; font-weight: 650; line-height: 1.35; }
.explanation { margin: 0 0 8px; color: var(--fg); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 0 0 10px; padding: 8px 0 0; border-top: 1px solid var(--line); font-size: 13px; }
.fact-name { margin: 0; color: var(--muted); }
.voice, .neutral { margin: 0; }
.neutral { display: flex; flex-wrap: wrap; gap: 4px; }
.wording { padding: 0 7px; border-radius: 6px; background: var(--soft); border: 1px solid var(--line); line-height: 20px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.button {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; min-height: 28px; padding: 3px 10px;
  border-radius: 6px; border: 1px solid var(--accent); color: var(--accent); background: transparent;
  font-family: inherit; font-size: 12.5px; font-weight: 600; line-height: 1.3; cursor: pointer; user-select: none;
}
.button:first-child { background: var(--accent); color: var(--accent-fg); }
.button:hover { filter: brightness(1.08); background-color: var(--soft); }
.button:first-child:hover { background: var(--accent); }
.button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.status { margin: 6px 0 0; font-size: 12px; color: #c62828; }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) { .status { color: #ff8a80; } }
.card[data-category='label'] { --hue: rgb(230 110 0); }
.card[data-category='verdict'] { --hue: rgb(170 40 170); }
.card[data-category='euphemism'] { --hue: rgb(0 120 180); }
.card[data-category='attribution'] { --hue: rgb(190 150 0); }
.card[data-category='weasel'] { --hue: rgb(110 110 110); }
.card[data-category='hyperbole'] { --hue: rgb(200 40 40); }
.card[data-category='loaded'] { --hue: rgb(176 64 120); }
.card[data-category='scare-quote'] { --hue: rgb(40 140 70); }
.card[data-category='appeal'] { --hue: rgb(70 70 200); }
@media (prefers-reduced-motion: no-preference) {
  .card:not([hidden]) { animation: appear 120ms ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(2px); } }
}
`;
