import { SOCKET_PEER_HEADER, stampSocketPeers } from "@/lib/http/socket-peer";

/**
 * Headers that carry `ip` the way a request accepted by this process's HTTP
 * server does (the socket peer stamp of lib/http/socket-peer.ts): with no
 * proxy configured, that is the only client address the app believes.
 */
export function fromClientIp(ip: string): Record<string, string> {
  stampSocketPeers();
  const token = (globalThis as Record<symbol, string | undefined>)[Symbol.for("fiberbill.socket-peer-token")];
  if (!token) throw new Error("socket peer stamping did not start");
  return { [SOCKET_PEER_HEADER]: `${token} ${ip}` };
}
