import { qrPath } from '@/lib/pickets/qr';

/** A QR code for `url`, with a quiet zone of four modules, labelled by what it opens. */
export function QrCode({ url, label, size = 200 }: { url: string; label: string; size?: number }) {
  const qr = qrPath(url);
  const box = qr.size + 8;
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`-4 -4 ${box} ${box}`} shapeRendering="crispEdges">
      <rect x="-4" y="-4" width={box} height={box} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
