/** The built-in stationery a sponsor may choose for a letter: shown in the preview, drawn in the print pack. */
export interface Stationery {
  key: string;
  label: string;
  description: string;
}

export const STATIONERY: readonly Stationery[] = [
  { key: 'plain', label: 'Plain', description: 'A plain white page.' },
  { key: 'balloons', label: 'Balloons', description: 'Colourful balloons in the corners.' },
  { key: 'stars', label: 'Stars', description: 'A border of golden stars.' },
];

/** The stationery with this key, or null for an unknown key. */
export const findStationery = (key: string): Stationery | null => STATIONERY.find((s) => s.key === key) ?? null;

/** A minimal drawing surface (the subset of pdfkit's PDFDocument the decorations use). */
export interface Canvas {
  save(): Canvas;
  restore(): Canvas;
  circle(x: number, y: number, r: number): Canvas;
  polygon(...points: Array<[number, number]>): Canvas;
  moveTo(x: number, y: number): Canvas;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): Canvas;
  lineWidth(w: number): Canvas;
  fillColor(color: string, opacity?: number): Canvas;
  strokeColor(color: string, opacity?: number): Canvas;
  fill(): Canvas;
  stroke(): Canvas;
}

const BALLOON_COLOURS = ['#e4572e', '#29b6f6', '#ffc914', '#76b041'];

function balloon(c: Canvas, x: number, y: number, r: number, colour: string): void {
  c.fillColor(colour, 0.55).circle(x, y, r).fill();
  c.strokeColor('#777777', 0.7).lineWidth(0.6).moveTo(x, y + r).bezierCurveTo(x - 4, y + r + 8, x + 4, y + r + 14, x, y + r + 22).stroke();
}

function star(c: Canvas, cx: number, cy: number, outer: number): void {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : outer * 0.45;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  c.fillColor('#f2b400', 0.8).polygon(...points).fill();
}

/** Draws a page's decoration inside its margins (so it never covers the text); "plain" draws nothing. */
export function decoratePage(c: Canvas, key: string | null, page: { width: number; height: number; margin: number }): void {
  if (!key || key === 'plain' || !findStationery(key)) return;
  const { width, height, margin } = page;
  c.save();
  if (key === 'balloons') {
    // Two clusters of balloons, in the bottom corners' margin.
    const y = height - margin + 8;
    [-1, 0, 1].forEach((i) => {
      balloon(c, margin / 2 + 6 + i * 9, y - 18 + Math.abs(i) * 6, 8, BALLOON_COLOURS[(i + 1) % 4]);
      balloon(c, width - margin / 2 - 6 + i * 9, y - 18 + Math.abs(i) * 6, 8, BALLOON_COLOURS[(i + 2) % 4]);
    });
  } else if (key === 'stars') {
    // A row of stars along the top and the bottom edge.
    const count = Math.floor((width - margin) / 36);
    for (let i = 0; i <= count; i++) {
      const x = margin / 2 + (i * (width - margin)) / count;
      star(c, x, margin / 2 - 6, 7);
      star(c, x, height - margin / 2 + 6, 7);
    }
  }
  c.restore();
}
