import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { loadPopupState, type PopupState } from '../../components/load-popup-state';
import '../../components/starter/starter.css';

const root = document.getElementById('app')!;
render(<Popup state={null} />, root);

// The content script may still be reading a long page: ask again for a few seconds.
async function refresh(attempt = 0): Promise<void> {
  // Only the first look may read the tab: later ones wait for that reading to finish.
  const state: PopupState = await loadPopupState(location.search, { inject: attempt === 0 });
  render(<Popup state={state} />, root);
  if (state.page?.status === 'working' && attempt < 20) setTimeout(() => void refresh(attempt + 1), 250);
}
void refresh();
