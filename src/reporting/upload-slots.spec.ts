import { ConfigService } from '@nestjs/config';
import { UploadSlots } from './upload-slots';

describe('UploadSlots', () => {
  const slots = (perSupplier: number) => new UploadSlots(new ConfigService({ csvUploadsPerSupplier: perSupplier }));

  it('gives each supplier its own slots, and none beyond them', () => {
    const s = slots(2);
    expect(s.take('a')).toBeDefined();
    expect(s.take('a')).toBeDefined();
    expect(s.take('a')).toBeUndefined();
    expect(s.take('b')).toBeDefined();
  });

  it('gives a slot back once, however often release is called', () => {
    const s = slots(2);
    const first = s.take('a') as () => void;
    s.take('a');
    first();
    first();
    expect(s.take('a')).toBeDefined();
    expect(s.take('a')).toBeUndefined();
  });
});
