import { fakeBrowser } from 'wxt/testing';
import { englishMessage } from '../../cli/english-message';

// WXT's fake browser has no i18n (getMessage throws "not implemented"): unit tests read the
// English catalogue, so they see the same words as the extension. fakeBrowser.reset()
// leaves this in place (it resets only the APIs the fake implements).
fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
