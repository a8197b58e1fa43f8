import type { PlanInput } from "@/lib/validations/subscribers";

/**
 * Plans priced like local fiber ISPs in Northern Mindanao (2026): symmetric
 * speeds, fees in centavos. "Fiber 25" is the plan the ISP sold before its
 * 2025 price list; the demo archives it, so older subscribers keep it while
 * new ones cannot choose it.
 */
export const SEED_PLANS: readonly PlanInput[] = [
  { name: "Fiber 30", downloadMbps: 30, uploadMbps: 30, monthlyFee: 99_900, installationFee: 150_000, description: "Unlimited, modem included. Good for a small household." },
  { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129_900, installationFee: 100_000, description: "Unlimited, modem included. Streaming and online classes." },
  { name: "Fiber 100", downloadMbps: 100, uploadMbps: 100, monthlyFee: 169_900, installationFee: 50_000, description: "Unlimited, dual-band Wi-Fi router. Work from home." },
  { name: "Fiber 200", downloadMbps: 200, uploadMbps: 200, monthlyFee: 249_900, installationFee: 0, description: "Unlimited, Wi-Fi 6 router, free installation." },
  { name: "Business 300", downloadMbps: 300, uploadMbps: 300, monthlyFee: 399_900, installationFee: 0, description: "Static IP, 4-hour repair response, free installation." },
];

export const LEGACY_PLAN: PlanInput = {
  name: "Fiber 25",
  downloadMbps: 25,
  uploadMbps: 10,
  monthlyFee: 89_900,
  installationFee: 150_000,
  description: "Sold until 2025; kept for existing subscribers.",
};
