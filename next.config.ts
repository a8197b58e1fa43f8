import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs"],
  // Subdomains of localhost reach the dev server; allow them to load dev assets.
  allowedDevOrigins: ["*.localhost"],
  poweredByHeader: false,
};

export default nextConfig;
