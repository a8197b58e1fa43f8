import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getConnection } from "@/db/client";
import { counterStore } from "@/lib/rate-limit";
import { requestInfo } from "@/lib/request-info";
import { checkSubdomain } from "@/lib/signup/subdomain-availability";

const query = z.object({ slug: z.string().max(100) });

/** GET /api/subdomains?slug=... : is this subdomain free? Public, so rate-limited per IP. */
export async function GET(request: NextRequest) {
  const parsed = query.safeParse({ slug: request.nextUrl.searchParams.get("slug") ?? "" });
  if (!parsed.success) return NextResponse.json({ available: false, message: "Enter a subdomain." }, { status: 400 });
  const ip = requestInfo(request.headers).ip ?? "unknown";
  const hits = await counterStore().increment(`subdomain-check:${ip}`, 60);
  if (hits.count > 120) {
    return NextResponse.json({ available: false, message: "Too many checks. Wait a minute and try again." }, { status: 429 });
  }
  try {
    const { app } = await getConnection();
    return NextResponse.json(await checkSubdomain(app, parsed.data.slug));
  } catch (error) {
    console.error("[subdomains] check failed", error);
    return NextResponse.json({ available: false, message: "Could not check right now." }, { status: 500 });
  }
}
