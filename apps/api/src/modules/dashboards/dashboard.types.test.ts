import { DashboardTileKind as K, orderTiles, tile } from './dashboard.types';

describe('dashboard tile order', () => {
  it('puts what needs action first, then news, then empty tiles, keeping the given order among equals', () => {
    const tiles = [
      tile(K.NEW_PHOTOS, '/s/', false, 2),
      tile(K.REQUESTS_WAITING_FOR_ME, '/s/', true, 0),
      tile(K.NEW_LETTERS_FROM_CHILDREN, '/s/', false, 0),
      tile(K.LETTERS_WAITING_FOR_ME, '/s/', true, 3),
      tile(K.LETTERS_TO_PRINT, '/p/', true, 1),
    ];
    expect(orderTiles(tiles).map((t) => t.kind)).toEqual([
      K.LETTERS_WAITING_FOR_ME,
      K.LETTERS_TO_PRINT,
      K.NEW_PHOTOS,
      K.REQUESTS_WAITING_FOR_ME,
      K.NEW_LETTERS_FROM_CHILDREN,
    ]);
  });
});
