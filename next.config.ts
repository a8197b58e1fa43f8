import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "@react-pdf/renderer"],
  // Subdomains of localhost reach the dev server; allow them to load dev assets.
  allowedDevOrigins: ["*.localhost"],
  poweredByHeader: false,
  experimental: {
    // Customer CSV imports (up to 5 MB) travel to their server action in the form body.
    serverActions: { bodySizeLimit: "8mb" },
  },
};

export default nextConfig;
