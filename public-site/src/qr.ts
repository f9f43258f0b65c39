import { Ecc, QrCode } from '@rc-component/qrcode/es/libs/qrcodegen';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code of `text` as an SVG (one path of dark modules, a 4-module quiet zone), sharp at any print size.
 * Error correction M: it still reads with a crease or a pin hole in the notice board's paper. Loaded only by
 * the project page (its own chunk), so the lists never download the encoder.
 *
 * The encoder is Project Nayuki's QR Code generator (MIT), as antd's QR code ships it.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = QrCode.encodeText(text, Ecc.MEDIUM);
  const quiet = 4;
  const size = qr.size + quiet * 2;
  let d = '';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (qr.getModule(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('data-testid', 'project-qr');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
