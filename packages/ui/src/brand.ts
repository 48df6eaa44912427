/** What a deployment may rebrand: the name, a logo and the primary colour. */
export interface Brand {
  name: string;
  logoUrl?: string | null;
  primaryColor?: string | null;
}

const DARK_TEXT = '#1b1f24';
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function relativeLuminance(hex: string): number {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * CSS variables for a primary colour: white text on dark colours, dark text on light ones, and a
 * link colour that stays readable on white. Only #rgb/#rrggbb are accepted; others keep the theme.
 */
export function brandCssVariables(primaryColor: string | null | undefined): Record<string, string> {
  if (!primaryColor || !HEX.test(primaryColor.trim())) return {};
  const color = primaryColor.trim();
  // Contrast with white is (1.05) / (L + 0.05); 4.5:1 needs L <= 0.1833.
  const darkEnough = relativeLuminance(color) <= 0.1833;
  return {
    '--color-primary': color,
    '--color-on-primary': darkEnough ? '#ffffff' : DARK_TEXT,
    '--color-link': darkEnough ? color : DARK_TEXT,
  };
}

/** Applies the brand's colours to the document root. */
export function applyBrand(brand: Brand): void {
  const vars = brandCssVariables(brand.primaryColor);
  for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(name, value);
}
