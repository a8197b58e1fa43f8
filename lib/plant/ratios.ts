/** The splitter ratios a cabinet and a box may have (the database checks the same lists). */
export { LCP_SPLITTER_RATIOS, NAP_SPLITTER_RATIOS } from "@/db/schema/plant";
