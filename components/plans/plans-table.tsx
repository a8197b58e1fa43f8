import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listPlans } from "@/db/queries/plans";
import { formatPesos } from "@/lib/money";
import { formatSpeed } from "./plan-speed";

type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

/** Plans with their prices and how many subscriptions use them; narrow screens keep name, fee and status. */
export function PlansTable({ plans, canManage, empty }: { plans: PlanRow[]; canManage: boolean; empty: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Plan</TableHead>
            <TableHead className="hidden sm:table-cell">Speed</TableHead>
            <TableHead className="text-right">Monthly fee</TableHead>
            <TableHead className="hidden text-right md:table-cell">Installation</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden text-right lg:table-cell">Subscriptions</TableHead>
            {canManage ? <TableHead className="hidden text-right sm:table-cell">Actions</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {plans.length === 0 ? (
            <TableRow>
              <TableCell colSpan={canManage ? 7 : 6} className="py-10 text-center text-muted-foreground">
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            plans.map((p) => (
              <TableRow key={p.id} data-testid={`plan-${p.name}`} className={p.status === "archived" ? "text-muted-foreground" : undefined}>
                <TableCell className="max-w-72 whitespace-normal">
                  {canManage ? (
                    <Link href={`/plans/${p.id}`} className="font-medium underline-offset-4 hover:underline">
                      {p.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{p.name}</span>
                  )}
                  <div className="text-xs text-muted-foreground sm:hidden">{formatSpeed(p.downloadMbps, p.uploadMbps)}</div>
                  {p.description ? <div className="hidden truncate text-xs text-muted-foreground sm:block">{p.description}</div> : null}
                </TableCell>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">{formatSpeed(p.downloadMbps, p.uploadMbps)}</TableCell>
                <TableCell className="text-right whitespace-nowrap tabular-nums">{formatPesos(p.monthlyFee)}</TableCell>
                <TableCell className="hidden text-right whitespace-nowrap tabular-nums md:table-cell">
                  {p.installationFee === 0 ? <span className="text-muted-foreground">Free</span> : formatPesos(p.installationFee)}
                </TableCell>
                <TableCell>
                  <Badge variant={p.status === "active" ? "success" : "secondary"}>{p.status === "active" ? "Active" : "Archived"}</Badge>
                </TableCell>
                <TableCell className="hidden text-right whitespace-nowrap tabular-nums lg:table-cell">
                  {p.activeSubscriptions} active <span className="text-muted-foreground">/ {p.totalSubscriptions} total</span>
                </TableCell>
                {canManage ? (
                  <TableCell className="hidden text-right sm:table-cell">
                    <Button asChild variant="outline" size="sm">
                      <Link href={`/plans/${p.id}`} aria-label={`Edit ${p.name}`}>
                        Edit
                      </Link>
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
