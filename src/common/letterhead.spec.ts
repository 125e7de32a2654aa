import { fitLetterhead } from './letterhead';

describe('fitLetterhead', () => {
  it('scales a wide logo to the box width and keeps its proportions', () => {
    expect(fitLetterhead({ width: 1100, height: 100 })).toEqual({ width: 220, height: 20 });
  });

  it('scales a tall logo to the box height', () => {
    expect(fitLetterhead({ width: 300, height: 600 })).toEqual({ width: 30, height: 60 });
  });

  it('enlarges a small image to fill the box, as the PDF renderer does', () => {
    expect(fitLetterhead({ width: 22, height: 3 }, { width: 220, height: 60 })).toEqual({ width: 220, height: 30 });
  });
});
