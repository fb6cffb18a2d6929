// In unit tests `webextension-polyfill` resolves here, so code under test talks to WXT's in-memory fake browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
export default fakeBrowser;
