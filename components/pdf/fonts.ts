import { Font } from "@react-pdf/renderer";
import path from "node:path";

/**
 * Noto Sans from the @expo-google-fonts package: the PDF's built-in Helvetica
 * has no peso sign (it prints ₱ as ±), Noto Sans does. Registered once per process.
 */
let registered = false;

export const PDF_FONT = "Noto Sans";

export function registerPdfFonts(): void {
  if (registered) return;
  const dir = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(dir, "400Regular", "NotoSans_400Regular.ttf") },
      { src: path.join(dir, "700Bold", "NotoSans_700Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // Words are not hyphenated on invoices.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
