/**
 * Human-help resources shown next to the AI-chat notice. The data lives in
 * src/help/regions/<CC>.json, one file per region (see region-schema.ts for its rules and
 * README "Human help" for the table); this module keeps the old import path working.
 */
export { HELP_DATA_VERSION, HELP_RESOURCES } from './data';
