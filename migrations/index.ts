import * as migration_20261126_111928_initial from './20261126_111928_initial';
import * as migration_20261126_113544_content_model from './20261126_113544_content_model';
import * as migration_20261126_121154_video_captions from './20261126_121154_video_captions';
import * as migration_20261126_131532_share_links from './20261126_131532_share_links';
import * as migration_20261126_135442_discovery from './20261126_135442_discovery';
import * as migration_20261203_091928_timetable from './20261203_091928_timetable';
import * as migration_20261203_114950_routines from './20261203_114950_routines';
import * as migration_20261207_120358_idempotency_keys from './20261207_120358_idempotency_keys';

export const migrations = [
  {
    up: migration_20261126_111928_initial.up,
    down: migration_20261126_111928_initial.down,
    name: '20261126_111928_initial',
  },
  {
    up: migration_20261126_113544_content_model.up,
    down: migration_20261126_113544_content_model.down,
    name: '20261126_113544_content_model',
  },
  {
    up: migration_20261126_121154_video_captions.up,
    down: migration_20261126_121154_video_captions.down,
    name: '20261126_121154_video_captions',
  },
  {
    up: migration_20261126_131532_share_links.up,
    down: migration_20261126_131532_share_links.down,
    name: '20261126_131532_share_links',
  },
  {
    up: migration_20261126_135442_discovery.up,
    down: migration_20261126_135442_discovery.down,
    name: '20261126_135442_discovery',
  },
  {
    up: migration_20261203_091928_timetable.up,
    down: migration_20261203_091928_timetable.down,
    name: '20261203_091928_timetable',
  },
  {
    up: migration_20261203_114950_routines.up,
    down: migration_20261203_114950_routines.down,
    name: '20261203_114950_routines',
  },
  {
    up: migration_20261207_120358_idempotency_keys.up,
    down: migration_20261207_120358_idempotency_keys.down,
    name: '20261207_120358_idempotency_keys'
  },
];
