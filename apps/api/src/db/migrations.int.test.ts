import { createDataSource } from './data-source';

describe('migrations', () => {
  it('build exactly the schema the entities declare (no drift, synchronize off)', async () => {
    const ds = createDataSource({ url: process.env.DATABASE_URL! });
    await ds.initialize();
    expect(ds.options.synchronize).toBe(false);
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
