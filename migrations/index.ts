import * as migration_20261126_111928_initial from './20261126_111928_initial';

export const migrations = [
  {
    up: migration_20261126_111928_initial.up,
    down: migration_20261126_111928_initial.down,
    name: '20261126_111928_initial'
  },
];
