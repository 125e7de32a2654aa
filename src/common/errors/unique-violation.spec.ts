import { QueryFailedError } from 'typeorm';
import { CodedException } from './coded-exception';
import { conflictOnUniqueViolation } from './unique-violation';

const violation = (constraint: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key'), { code: '23505', constraint }));
const failing = (error: Error) => () => Promise.reject(error);

describe('conflictOnUniqueViolation', () => {
  it('passes the write’s result through', async () => {
    await expect(conflictOnUniqueViolation('a_unique', { code: 'TAKEN' }, () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('answers a violation of the named constraint with a 409 carrying the refusal', async () => {
    const answer = conflictOnUniqueViolation('a_unique', { code: 'TAKEN', params: { code: 'JT-AAAA-BBBB' } }, failing(violation('a_unique')));
    await expect(answer).rejects.toBeInstanceOf(CodedException);
    await expect(answer).rejects.toMatchObject({ status: 409, coded: { code: 'TAKEN', params: { code: 'JT-AAAA-BBBB' } } });
  });

  it('lets every other error through unchanged', async () => {
    const other = violation('another_unique');
    await expect(conflictOnUniqueViolation('a_unique', { code: 'TAKEN' }, failing(other))).rejects.toBe(other);
    const plain = new Error('connection lost');
    await expect(conflictOnUniqueViolation('a_unique', { code: 'TAKEN' }, failing(plain))).rejects.toBe(plain);
  });
});
