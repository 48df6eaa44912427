import { replicationWindow } from './replication-window';

const now = Date.UTC(2024, 1, 10, 12, 30, 45);

describe('replicationWindow', () => {
  const ok: [string, string, string, number, number][] = [
    ['rounds down to the minute', '2024-02-10T10:15:30+00:00', '2024-02-10T11:45:59+00:00', Date.UTC(2024, 1, 10, 10, 15), Date.UTC(2024, 1, 10, 11, 45)],
    ['caps end at now', '2024-02-10T10:00:00Z', '2024-02-11T00:00:00Z', Date.UTC(2024, 1, 10, 10), Date.UTC(2024, 1, 10, 12, 30)],
    ['accepts +0000 offsets', '2024-02-10T10:00:00.000+0000', '2024-02-10T11:00:00.000+0000', Date.UTC(2024, 1, 10, 10), Date.UTC(2024, 1, 10, 11)],
    ['a + decoded as space', '2024-02-10T10:00:00 00:00', '2024-02-10T11:00:00 00:00', Date.UTC(2024, 1, 10, 10), Date.UTC(2024, 1, 10, 11)],
  ];
  it.each(ok)('%s', (_name, start, end, expectedStart, expectedEnd) => {
    expect(replicationWindow(start, end, now)).toEqual({ start: expectedStart, end: expectedEnd });
  });

  const bad: [string, string | null, string | null, string, RegExp][] = [
    ['missing end', '2024-02-10T10:00:00Z', null, 'MISSING_ARGUMENT', /required/],
    ['unparseable', 'yesterday', '2024-02-10T10:00:00Z', 'INVALID_REPLICATION_DATE', /parse/],
    ['end before start', '2024-02-10T10:00:00Z', '2024-02-09T10:00:00Z', 'INVALID_REPLICATION_DATE', /EndDate must chronologically follow/],
    ['start more than 30 days ago', '2024-01-10T10:00:00Z', '2024-02-10T10:00:00Z', 'INVALID_REPLICATION_DATE', /30 days/],
  ];
  it.each(bad)('%s', (_name, start, end, errorCode, message) => {
    expect(() => replicationWindow(start, end, now)).toThrow(expect.objectContaining({ errorCode, message: expect.stringMatching(message) }));
  });
});
