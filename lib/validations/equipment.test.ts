import { describe, expect, it } from "vitest";
import { deviceListQuery, deviceListSchema, modelKey, parseModelKey, receiveDevicesSchema, updateDeviceSchema } from "./equipment";

describe("equipment list state", () => {
  it("falls back to defaults for malformed values and writes defaults out of the URL", () => {
    const state = deviceListSchema.parse({ kind: "modem", status: "installed", technician: "nope", sort: "price", page: "-3", size: "7", q: "  zteg " });
    expect(state).toEqual({ q: "zteg", kind: undefined, status: "installed", technician: undefined, model: undefined, sort: "moved", dir: "desc", page: 1, size: 50 });
    expect(deviceListQuery(state)).toBe("?q=zteg&status=installed");
    expect(deviceListQuery({ ...state, sort: "serial", dir: "asc", page: 2, size: 25 })).toBe("?q=zteg&status=installed&sort=serial&dir=asc&page=2&size=25");
  });

  it("keeps a brand and model pair in one value, either part possibly empty", () => {
    expect(parseModelKey(modelKey("ZTE", "F670L"))).toEqual({ brand: "ZTE", model: "F670L" });
    expect(parseModelKey(modelKey("", "EX220"))).toEqual({ brand: "", model: "EX220" });
    expect(parseModelKey("no pipe")).toBeNull();
    expect(parseModelKey(undefined)).toBeNull();
  });
});

describe("receive and edit forms", () => {
  it("reads the pasted serials into devices and the cost into centavos", () => {
    const parsed = receiveDevicesSchema.parse({ kind: "router", brand: " TP-Link ", model: "EX220", purchaseCost: "₱2,450.50", serials: "tpl001 9c:a2:f4:1b:22:0e\nTPL002", note: "" });
    expect(parsed).toEqual({
      kind: "router",
      brand: "TP-Link",
      model: "EX220",
      purchaseCost: 245050,
      note: "",
      serials: [
        { serialNumber: "TPL001", mac: "9C:A2:F4:1B:22:0E" },
        { serialNumber: "TPL002", mac: null },
      ],
    });
    expect(receiveDevicesSchema.parse({ kind: "onu", serials: "ABC123", purchaseCost: "" }).purchaseCost).toBeNull();
  });

  it("reports at most twenty bad lines, then how many more", () => {
    const result = receiveDevicesSchema.safeParse({ kind: "onu", serials: Array.from({ length: 25 }, () => "x").join("\n") });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.filter((i) => i.path[0] === "serials").map((i) => i.message);
    expect(messages).toHaveLength(21);
    expect(messages.at(-1)).toBe("… and 5 more lines to fix.");
  });

  it("normalises an edited MAC and takes an empty one as none", () => {
    const base = { id: "0b5e8a39-1d2c-4f3e-9a7b-2c1d0e9f8a7b", brand: "", model: "", purchaseCost: "", notes: "" };
    expect(updateDeviceSchema.parse({ ...base, mac: "9ca2.f41b.220e" }).mac).toBe("9C:A2:F4:1B:22:0E");
    expect(updateDeviceSchema.parse({ ...base, mac: " " }).mac).toBeNull();
    expect(updateDeviceSchema.safeParse({ ...base, mac: "9C:A2" }).success).toBe(false);
  });
});
