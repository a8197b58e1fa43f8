import { describe, expect, it } from "vitest";
import { splitFullName } from "./names";

describe("splitFullName", () => {
  it.each<[string, string, string]>([
    ["Dela Cruz, Juan", "Juan", "Dela Cruz"],
    ["Juan Dela Cruz", "Juan", "Dela Cruz"],
    ["Juan dela Cruz", "Juan", "dela Cruz"],
    ["Maria Clara Santos", "Maria Clara", "Santos"],
    ["Ma. Teresa De Los Santos", "Ma. Teresa", "De Los Santos"],
    ["Jose Sta. Maria", "Jose", "Sta. Maria"],
    ["Pedro San Juan", "Pedro", "San Juan"],
    ["Juan Dela Cruz Jr.", "Juan", "Dela Cruz Jr."],
    ["Dela Cruz, Juan Jr.", "Juan", "Dela Cruz Jr."],
    ["Dela Cruz Jr., Juan", "Juan", "Dela Cruz Jr."],
    ["  Santos ,  Ana   Marie ", "Ana Marie", "Santos"],
    ["Del Rosario", "Del", "Rosario"],
    ["Juan", "Juan", ""],
    ["", "", ""],
  ])("%j -> %j + %j", (input, firstName, lastName) => expect(splitFullName(input)).toEqual({ firstName, lastName }));
});
