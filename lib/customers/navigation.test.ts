import { describe, expect, it } from "vitest";
import { navigationUrl } from "./navigation";

const CARMEN = { addressLine: "Purok 3, Zone 2", barangay: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" };

describe("navigation link", () => {
  it("goes to the GPS point when the premises have one", () => {
    expect(navigationUrl({ ...CARMEN, latitude: 8.477217, longitude: 124.64231 })).toBe("https://www.google.com/maps/search/?api=1&query=8.477217%2C124.64231");
  });

  it("goes to the address, with barangay, city and province, when they do not", () => {
    const url = new URL(navigationUrl({ ...CARMEN, latitude: null, longitude: null }));
    expect(url.origin + url.pathname).toBe("https://www.google.com/maps/search/");
    expect(url.searchParams.get("api")).toBe("1");
    expect(url.searchParams.get("query")).toBe("Purok 3, Zone 2, Barangay Carmen, Cagayan de Oro City, Misamis Oriental, Philippines");
  });

  it("does not say Barangay twice, and skips an empty street address", () => {
    const url = new URL(navigationUrl({ addressLine: " ", barangay: "Barangay 17", city: "Cagayan de Oro City", latitude: null, longitude: null }));
    expect(url.searchParams.get("query")).toBe("Barangay 17, Cagayan de Oro City, Philippines");
  });
});
