/**
 * The outbox's statuses and message kinds, for screens: the schema owns the
 * lists (they are the columns' enums), and components reach the data layer
 * only through lib/.
 */
export { OUTBOX_STATUSES, TEMPLATE_KEYS, type TemplateKey } from "@/db/schema/notifications";
