/// <reference types="vite/client" />

/** package.json's version, put in by Vite at build time. */
declare const __APP_VERSION__: string;
