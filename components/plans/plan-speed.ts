/** "50/50 Mbps": download/upload, the way ISPs advertise plans. */
export function formatSpeed(downloadMbps: number, uploadMbps: number): string {
  return `${downloadMbps}/${uploadMbps} Mbps`;
}
