import QRCode from 'qrcode';

/**
 * A QR code as an SVG path, drawn on the server: the qrcode library encodes, we draw one path of
 * dark modules, so a printed placard needs no script and no image from anywhere.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) if (modules.get(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { size: modules.size, d: parts.join('') };
}
