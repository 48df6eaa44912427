import type { DataSource } from 'typeorm';
import { DELETE_ORIGINALS, EXPIRE_UPLOADS, PROCESS_FAILED, PROCESS_UPLOAD } from './media-runtime';

/**
 * Forgets every upload and photo, and their queued jobs. The media test files share one database and
 * each counts duplicates, review queues and sponsors' photos: each starts and ends with none.
 */
export async function resetMediaState(api: { dataSource: DataSource }): Promise<void> {
  // A project update shown with a photo goes with its photo.
  await api.dataSource.query('DELETE FROM project_update WHERE media_id IS NOT NULL');
  await api.dataSource.query('DELETE FROM media');
  await api.dataSource.query('DELETE FROM upload');
  await api.dataSource.query('DELETE FROM upload_batch');
  const [boss] = await api.dataSource.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`);
  if (boss.present) await api.dataSource.query('DELETE FROM pgboss.job WHERE name = ANY($1)', [[PROCESS_UPLOAD, PROCESS_FAILED, DELETE_ORIGINALS, EXPIRE_UPLOADS]]);
}
