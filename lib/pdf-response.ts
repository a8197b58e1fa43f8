import "server-only";
import { getSessionState } from "@/lib/auth/current";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";

/** The signed-in user of this subdomain's tenant with `permission`, or the HTTP answer to give instead. */
export async function authorizeDownload(permission: Permission) {
  const session = await getSessionState();
  if (session.state !== "signed-in") return { error: new Response("Sign in to download this document.", { status: 401 }) } as const;
  if (!hasPermission(session.user, permission)) return { error: new Response("You do not have permission to download this document.", { status: 403 }) } as const;
  return { session } as const;
}

export function pdfResponse(pdf: Buffer, filename: string, inline = true): Response {
  // A view of the rendered bytes, not a copy: a run's batch is megabytes.
  const body = new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength);
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** `?download=1`: the browser saves the PDF as a file instead of showing it. */
export function downloading(request: Request): boolean {
  return new URL(request.url).searchParams.get("download") === "1";
}
