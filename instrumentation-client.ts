import { config } from "zod";

// zod 4 compiles object parsers with `new Function` after probing whether it may. Our
// Content-Security-Policy refuses eval (proxy.ts), and browsers report even a caught refusal as a
// violation: tell zod not to try. This file runs before any page code builds a schema.
config({ jitless: true });
