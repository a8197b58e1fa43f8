import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";

const staticHeaders = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "@react-pdf/renderer"],
  // Subdomains of localhost reach the dev server; allow them to load dev assets.
  allowedDevOrigins: ["*.localhost"],
  poweredByHeader: false,
  experimental: {
    // Customer CSV imports (up to 5 MB) travel to their server action in the form body.
    // proxy.ts refuses larger action bodies with a 413 (Next itself would answer 500): keep the two equal.
    serverActions: { bodySizeLimit: "8mb" },
  },
  // The proxy sets these (and the Content-Security-Policy with its nonce) on everything it sees;
  // here they also reach what it does not: the build assets under /_next/.
  async headers() {
    return [
      { source: "/:path*", headers: staticHeaders },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default nextConfig;
