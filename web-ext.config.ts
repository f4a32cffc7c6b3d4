import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser; these machines have no display.
export default defineWebExtConfig({ disabled: true });
