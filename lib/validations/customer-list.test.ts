import { describe, expect, it } from "vitest";
import { customerListQuery, customerListSchema, nextCustomerListState } from "./customer-list";

const ID = "7ea6f958-f545-444c-9243-be616901a187";

describe("customer list URL state", () => {
  it("reads keyset cursors and drops malformed ones", () => {
    const next = customerListSchema.parse({ page: "3", after: ID });
    expect([next.page, next.after, next.before]).toEqual([3, ID, undefined]);
    const previous = customerListSchema.parse({ before: ID });
    expect([previous.page, previous.after, previous.before]).toEqual([1, undefined, ID]);
    expect(customerListSchema.parse({ after: "'; drop table customers" }).after).toBeUndefined();
    expect(customerListSchema.parse({ after: "  " }).after).toBeUndefined();
  });

  it("writes one cursor at most, after the page number, and leaves defaults out", () => {
    const state = customerListSchema.parse({});
    expect(customerListQuery(state)).toBe("");
    expect(customerListQuery({ ...state, page: 2, after: ID })).toBe(`?page=2&after=${ID}`);
    expect(customerListQuery({ ...state, before: ID })).toBe(`?before=${ID}`);
    expect(customerListQuery({ ...state, page: 4, after: ID, before: ID })).toBe(`?page=4&after=${ID}`);
    // Round trip.
    const back = customerListSchema.parse(Object.fromEntries(new URLSearchParams(customerListQuery({ ...state, q: "vill", page: 7, after: ID }))));
    expect(back).toMatchObject({ q: "vill", page: 7, after: ID });
  });

  it("hides the columns the URL names, except the name, which links to each customer", () => {
    expect(customerListSchema.parse({ hide: "mobile,plans" }).hide).toEqual(["mobile", "plans"]);
    expect(customerListSchema.parse({ hide: "name,mobile" }).hide).toEqual(["mobile"]);
    expect(customerListSchema.parse({ hide: "nonsense" }).hide).toEqual([]);
  });

  it("after a change goes back to page 1 unless paging, and keeps a cursor for one move only", () => {
    const state = { ...customerListSchema.parse({ page: "5", after: ID }) };
    expect(nextCustomerListState(state, { status: "active" })).toMatchObject({ status: "active", page: 1, after: undefined, before: undefined });
    expect(nextCustomerListState(state, { page: 6, after: ID })).toMatchObject({ page: 6, after: ID, before: undefined });
  });
});
