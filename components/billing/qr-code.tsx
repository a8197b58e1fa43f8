/**
 * A QR code drawn inline as SVG from lib/billing/bill-qr.ts qrSvgPath: no image
 * request and no data: URL, so nothing for the Content-Security-Policy to
 * block. Black on white in either colour scheme, as scanners expect.
 */
export function QrCode({ size, path, label, className }: { size: number; path: string; label: string; className?: string }) {
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" className={className} data-testid="bill-qr">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
