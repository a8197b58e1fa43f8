import { formatPhMobile } from "@/lib/customers/mobile";
import { cn } from "@/lib/utils";

/** A mobile number as a tap-to-call link (tel: with the +63 number), shown the way people write it. */
export function PhoneLink({ mobile, className, children }: { mobile: string; className?: string; children?: React.ReactNode }) {
  return (
    <a href={`tel:${mobile}`} className={cn("underline-offset-4 hover:underline", className)}>
      {children}
      {formatPhMobile(mobile)}
    </a>
  );
}
