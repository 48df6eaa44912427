import { describeMailStoreContract } from './mail-store.contract';
import { MemoryMailStore } from './memory-mail-store';

describeMailStoreContract('MemoryMailStore', async (max) => new MemoryMailStore({ maxMessages: max }));

it('refuses a limit that is not a positive integer', () => {
  expect(() => new MemoryMailStore({ maxMessages: 0 })).toThrow(RangeError);
});
