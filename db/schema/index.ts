export * from "./tenants";
export * from "./staff";
export * from "./audit";
export * from "./counters";
export * from "./subscribers";
export * from "./billing";
export * from "./notifications";
export * from "./operations";
