import { describe, expect, it } from "vitest";
import { formDataToObject } from "./result";

describe("formDataToObject", () => {
  it("turns a form into fields, [] keys into lists, and skips Next's own fields", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_abc", "");
    fd.append("email", "juan@example.ph");
    fd.append("roles[]", "a");
    fd.append("roles[]", "b");
    expect(formDataToObject(fd)).toEqual({ email: "juan@example.ph", roles: ["a", "b"] });
  });

  it("gives an empty object for whatever a crafted request passes instead of a form", () => {
    for (const notAForm of [undefined, null, "email=a", { email: "a" }, ["a"], { entries: () => [["email", "a"]] }]) {
      expect(formDataToObject(notAForm)).toEqual({});
    }
  });

  it("drops NUL characters, which PostgreSQL text cannot hold", () => {
    const fd = new FormData();
    fd.append("name", "Juan\u0000 Dela Cruz");
    fd.append("tags[]", "\u0000");
    expect(formDataToObject(fd)).toEqual({ name: "Juan Dela Cruz", tags: [""] });
  });

  it("treats fields named like Object's own properties as plain fields (found by the action fuzz test)", () => {
    const fd = new FormData();
    fd.append("constructor[]", "y");
    fd.append("toString", "x");
    fd.append("__proto__", "z");
    const out = formDataToObject(fd);
    expect(out.constructor).toEqual(["y"]);
    expect(out.toString).toBe("x");
    expect(Object.getPrototypeOf(out)).toBeNull();
  });
});
