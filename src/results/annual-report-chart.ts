import { Gender } from '../reporting/reporting.types';
import { chartScale, percentOfScale } from './chart-scale';
import { ResultsDto } from './dto/results.dto';
import { GENDER_LABEL, swedishNumber } from './results-labels';

type Doc = PDFKit.PDFDocument;

/** Where the chart may draw: the left margin, the text width and the lowest y before the footer. */
export interface ChartArea {
  left: number;
  width: number;
  bottom: number;
}

const GENDER_COLOUR: Record<Gender, string> = {
  [Gender.Woman]: '#c0392b',
  [Gender.Man]: '#2e86c1',
  [Gender.Other]: '#27ae60',
  [Gender.NotStated]: '#95a5a6',
};
const LABEL_WIDTH = 170;
/** Room right of the scale for the figure of a bar at its maximum. */
const VALUE_ROOM = 46;
const ROW_HEIGHT = 27;
const AXIS_HEIGHT = 18;
const GRID = '#c8c8c8';

/**
 * Per unit, one bar of placements offered and one of placements filled, each stacked by gender and
 * as long as its figure on one scale from 0 to a rounded maximum (src/results/chart-scale.ts, the
 * web interface's rule). Grid lines mark the ticks, and the axis with its figures closes the chart
 * on every page it runs over, so each page can be read on its own.
 */
export function drawUnitChart(doc: Doc, r: ResultsDto, area: ChartArea): void {
  legend(doc, area);
  if (r.units.length === 0) {
    doc.text('Inga upphandlingar eller arbetstillfällen under perioden.');
    return;
  }
  const scale = chartScale(Math.max(...r.units.flatMap((u) => [u.offered, u.filled])));
  const barLeft = area.left + LABEL_WIDTH;
  const barWidth = area.width - LABEL_WIDTH - VALUE_ROOM;
  const xOf = (value: number) => barLeft + (barWidth * percentOfScale(value, scale)) / 100;

  const axis = () => {
    const y = doc.y + 2;
    doc.moveTo(barLeft, y).lineTo(xOf(scale.max), y).lineWidth(0.6).strokeColor('#444').stroke();
    doc.fillColor('black').fontSize(7);
    for (const tick of scale.ticks) {
      doc.moveTo(xOf(tick), y).lineTo(xOf(tick), y + 3).stroke();
      doc.text(swedishNumber(tick), xOf(tick) - 20, y + 5, { width: 40, align: 'center', lineBreak: false });
    }
    doc.strokeColor('black');
    doc.x = area.left;
    doc.y = y + AXIS_HEIGHT;
  };

  for (const unit of r.units) {
    if (doc.y + ROW_HEIGHT + AXIS_HEIGHT > area.bottom) {
      axis();
      doc.addPage();
    }
    const top = doc.y;
    for (const tick of scale.ticks) doc.moveTo(xOf(tick), top - 2).lineTo(xOf(tick), top + ROW_HEIGHT - 2).lineWidth(0.4).strokeColor(GRID).stroke();
    doc.fillColor('black').fontSize(8).text(unit.unit, area.left, top + 4, { width: LABEL_WIDTH - 6, height: 22, ellipsis: true });
    (['offered', 'filled'] as const).forEach((measure, row) => {
      const y = top + row * 11;
      let sum = 0;
      for (const g of unit.byGender) {
        if (g[measure] > 0) doc.rect(xOf(sum), y, xOf(sum + g[measure]) - xOf(sum), 9).fill(GENDER_COLOUR[g.gender]);
        sum += g[measure];
      }
      doc.fillColor('black').fontSize(7).text(`${measure === 'offered' ? 'erbj.' : 'tills.'} ${swedishNumber(unit[measure])}`, xOf(sum) + 3, y + 1, { lineBreak: false });
    });
    doc.x = area.left;
    doc.y = top + ROW_HEIGHT;
  }
  axis();
  doc.fontSize(9).strokeColor('black');
}

function legend(doc: Doc, area: ChartArea): void {
  let x = area.left;
  for (const gender of Object.values(Gender)) {
    doc.rect(x, doc.y, 8, 8).fill(GENDER_COLOUR[gender]).fillColor('black');
    doc.text(GENDER_LABEL[gender], x + 11, doc.y - 0.5, { lineBreak: false });
    x += 80;
  }
  doc.x = area.left;
  doc.y += 16;
}
