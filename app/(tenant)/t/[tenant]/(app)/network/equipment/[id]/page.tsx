import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeviceActions } from "@/components/equipment/device-actions";
import { DeviceEditForm } from "@/components/equipment/device-edit-form";
import { MovementHistory } from "@/components/equipment/movement-history";
import { DeviceStatusBadge } from "@/components/equipment/status-badge";
import { WhereItIs } from "@/components/equipment/whereabouts";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { deviceMovementsOf, getDevice } from "@/db/queries/devices";
import { activeStaffOptions } from "@/db/queries/field-jobs";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { newestFirst } from "@/lib/equipment/history";
import { brandModel, DEVICE_KIND_LABELS } from "@/lib/equipment/status";
import { formatPesos } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { formatDateTime } from "@/lib/time/format";
import { handToTechnicianAction, returnToStockAction, updateDeviceAction, writeOffAction } from "../actions";

export const metadata: Metadata = { title: "Device" };

export default async function DevicePage({ params, searchParams }: PageProps<"/t/[tenant]/network/equipment/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const canManage = hasPermission(user, "network.manage");
  const data = await withTenant(tenant.id, async (tx) => {
    const device = await getDevice(tx, { id: id.data });
    if (!device) return null;
    return { device, movements: newestFirst(await deviceMovementsOf(tx, { deviceId: device.id })), staff: canManage ? await activeStaffOptions(tx) : [] };
  });
  if (!data) notFound();
  const { device: d, movements, staff } = data;
  const { saved } = await searchParams;
  return (
    <>
      <NetworkTabs current="/network/equipment" />
      <PageHeader title={d.serialNumber} description={`${DEVICE_KIND_LABELS[d.kind]} · ${brandModel(d.brand, d.model)}`} />
      {saved ? (
        <Alert role="status" className="mb-4">
          <AlertDescription>Changes saved.</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                Details <DeviceStatusBadge status={d.status} />
              </CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <Item label="Where it is">
                  <WhereItIs w={d} />
                </Item>
                {d.status === "installed" ? (
                  <Item label="Line">
                    {d.planName ?? "—"}
                    {d.napCode ? ` · ${d.napCode} port ${d.portNumber}` : ""}
                  </Item>
                ) : null}
                <Item label="Kind">{DEVICE_KIND_LABELS[d.kind]}</Item>
                <Item label="Brand / model">{brandModel(d.brand, d.model)}</Item>
                <Item label="Serial number">
                  <span className="font-mono">{d.serialNumber}</span>
                </Item>
                <Item label="MAC">{d.mac ? <span className="font-mono">{d.mac}</span> : "—"}</Item>
                <Item label="Purchase cost">{d.purchaseCost === null ? "—" : formatPesos(d.purchaseCost)}</Item>
                <Item label="Received">{formatDateTime(d.createdAt, tenant.timeZone)}</Item>
                <Item label="Notes">{d.notes ? <span className="whitespace-pre-line">{d.notes}</span> : "—"}</Item>
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
              <CardDescription>Every movement of this device, newest first.</CardDescription>
            </CardHeader>
            <CardContent>
              <MovementHistory rows={movements} timeZone={tenant.timeZone} />
            </CardContent>
          </Card>
        </div>
        {canManage ? (
          <div className="flex flex-col gap-4">
            <Card>
              <CardHeader>
                <CardTitle>Move</CardTitle>
                {d.status === "installed" ? (
                  <CardDescription>Installed devices leave their line only through a job (a pull-out or a device swap), which also frees the port.</CardDescription>
                ) : d.openJobId ? (
                  <CardDescription>Set aside for an open job: it stays available to that job until the job is done or cancelled.</CardDescription>
                ) : null}
              </CardHeader>
              {d.status !== "installed" ? (
                <CardContent>
                  <DeviceActions
                    deviceId={d.id}
                    status={d.status}
                    technicianId={d.technicianId}
                    staff={staff}
                    actions={{ handOver: handToTechnicianAction, returnToStock: returnToStockAction, writeOff: writeOffAction }}
                  />
                </CardContent>
              ) : null}
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Edit details</CardTitle>
              </CardHeader>
              <CardContent>
                <DeviceEditForm action={updateDeviceAction} values={{ id: d.id, brand: d.brand, model: d.model, purchaseCost: d.purchaseCost, mac: d.mac, notes: d.notes }} />
              </CardContent>
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
