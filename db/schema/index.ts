export * from "./tenants";
export * from "./staff";
export * from "./audit";
