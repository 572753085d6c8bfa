import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OpenedFiles,
  workspaceFileFromArgv,
} from '../../../../../electron/services/shell/opened-files';

describe('workspaceFileFromArgv', () => {
  it.each([
    [['/opt/app/sales-team-planner', 'plan.stplan'], '/home/anna', '/home/anna/plan.stplan'],
    [['C:\\Apps\\Planner.exe', '--flag', 'Team.STPLAN'], '/work', '/work/Team.STPLAN'],
    [['app', '/data/x.stplan', '/data/y.stplan'], '/', '/data/y.stplan'],
    [['app', '--open=evil.stplan'], '/', null],
    [['app', 'notes.txt'], '/', null],
    [['app'], '/', null],
  ])('%j in %s → %s', (argv, cwd, expected) => {
    expect(workspaceFileFromArgv(argv, cwd)).toBe(
      expected === null ? null : path.resolve(expected),
    );
  });
});

describe('OpenedFiles', () => {
  it('holds the latest offered file until it is taken, once', () => {
    const files = new OpenedFiles();
    expect(files.offer(null)).toBe(false);
    expect(files.offer('/a.stplan')).toBe(true);
    files.offer('/b.stplan');
    expect(files.take()).toBe('/b.stplan');
    expect(files.take()).toBeNull();
  });
});
