import { fileSlug, toCsv, type ChartTable } from './csvText';

export type { ChartTable } from './csvText';

export function downloadHref(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

export function downloadCsv(table: ChartTable, title: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  downloadHref(url, `${fileSlug(title)}.csv`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The chart's SVG drawn on a canvas at twice its size on white, saved as a PNG data URL
 * (the content security policy allows data: images; nothing leaves the machine).
 */
export async function downloadPng(svg: SVGSVGElement, title: string): Promise<void> {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.fontFamily = getComputedStyle(svg).fontFamily;
  const text = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.scale(2, 2);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.drawImage(image, 0, 0, width, height);
  downloadHref(canvas.toDataURL('image/png'), `${fileSlug(title)}.png`);
}
