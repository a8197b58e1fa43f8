import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/current";

/** Network opens on the plant. */
export default async function NetworkPage() {
  await requirePermission("network.view");
  redirect("/network/plant");
}
