"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { changeCustomerStatus, createCustomer, updateCustomer } from "@/lib/customers/customers";
import { tenantDate } from "@/lib/time/format";
import { customerSchema, customerStatusSchema } from "@/lib/validations/subscribers";
import { idSchema } from "@/lib/validations/staff";

const edit = { permission: "customers.edit" as const, revalidate: ["/customers"] };

export const createCustomerAction = tenantAction({ schema: customerSchema, ...edit }, async (ctx, input) => {
  const customer = await createCustomer({ ...ctx, userId: ctx.user.id, today: tenantDate(new Date(), ctx.timeZone) }, ctx.tenantId, input);
  return { redirectTo: `/customers/${customer.id}?created=1` };
});

export const updateCustomerAction = tenantAction({ schema: customerSchema.and(idSchema), ...edit }, async (ctx, { id, ...input }) => {
  await updateCustomer({ ...ctx, userId: ctx.user.id, today: tenantDate(new Date(), ctx.timeZone) }, id, input);
  return { redirectTo: `/customers/${id}?saved=1` };
});

export const changeCustomerStatusAction = tenantAction({ schema: customerStatusSchema, ...edit }, async (ctx, { id, ...change }) => {
  await changeCustomerStatus({ ...ctx, userId: ctx.user.id, today: tenantDate(new Date(), ctx.timeZone) }, ctx.tenantId, id, change);
  return { message: `Status changed to ${change.status}.` };
});
