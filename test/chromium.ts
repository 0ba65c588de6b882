/** Debian's chromium, driven by playwright-core in the browser tests; set CHROMIUM to use another binary. Tests skip when it is absent. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Flags for a headless run that asks nothing of the network. */
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
