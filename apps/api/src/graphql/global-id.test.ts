import { fromGlobalId, fromGlobalIdOfType, toGlobalId } from './global-id';

const uuid = '3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b';

describe('global IDs', () => {
  it('round-trips a type and uuid and is opaque', () => {
    const gid = toGlobalId('Child', uuid);
    expect(gid).not.toContain(uuid);
    expect(fromGlobalId(gid)).toEqual({ type: 'Child', id: uuid });
  });

  it.each([
    ['empty', ''],
    ['not base64', '!!!'],
    ['no separator', Buffer.from('Child' + uuid).toString('base64url')],
    ['not a uuid', Buffer.from('Child:42').toString('base64url')],
    ['sql in id', Buffer.from(`Child:${uuid}' OR 1=1`).toString('base64url')],
    ['lower-case type', Buffer.from(`child:${uuid}`).toString('base64url')],
  ])('rejects %s', (_label, value) => {
    expect(fromGlobalId(value)).toBeNull();
  });

  it('checks the expected type', () => {
    expect(fromGlobalIdOfType(toGlobalId('Project', uuid), 'Child')).toBeNull();
    expect(fromGlobalIdOfType(toGlobalId('Child', uuid), 'Child')).toBe(uuid);
  });
});
