import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only: message handlers are registered here as src/messaging grows.
});
