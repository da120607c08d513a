/**
 * The CI/CD workflow (.github/workflows/deploy.yml): triggers, steps in order, pinned actions,
 * and a deployment that happens only from the default branch after every check passed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = path.join(ROOT, '.github', 'workflows', 'deploy.yml');
const text = readFileSync(FILE, 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  permissions?: Record<string, string>;
  environment?: { name?: string; url?: string };
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean | string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(text) as Workflow;
const jobs = Object.entries(workflow.jobs);
const deployEntry = jobs.find(([, job]) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
const buildEntry = jobs.find(([, job]) => job.steps.some((step) => step.run?.trim() === 'npm test'));
const build = buildEntry?.[1];
const deploy = deployEntry?.[1];

/** Index of the first step matching, or -1. */
const stepIndex = (job: Job | undefined, match: (step: Step) => boolean) => job?.steps.findIndex(match) ?? -1;
const runs = (command: string) => (step: Step) => step.run?.trim() === command;
const usesAction = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;

/** The default-branch condition both the deploy job and the publishing steps rely on. */
const DEFAULT_BRANCH = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

describe('.github/workflows/deploy.yml', () => {
  it('runs on every push and every pull request (no branch filter)', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.on.push ?? null).toBeNull();
    expect(workflow.on.pull_request ?? null).toBeNull();
  });

  it('has a build/test job and a deploy job', () => {
    expect(build, 'a job running npm test').toBeDefined();
    expect(deploy, 'a job using actions/deploy-pages').toBeDefined();
    expect(buildEntry?.[0]).not.toBe(deployEntry?.[0]);
  });

  it('checks out, sets up Node 24 with the npm cache, installs, then validates, builds and tests, in that order', () => {
    const order = [
      stepIndex(build, usesAction('actions/checkout')),
      stepIndex(build, usesAction('actions/setup-node')),
      stepIndex(build, runs('npm install --no-audit --no-fund')),
      stepIndex(build, (step) => step.run?.includes('CHROMIUM_PATH') ?? false),
      stepIndex(build, runs('npm run validate')),
      stepIndex(build, runs('npm run build')),
      stepIndex(build, runs('npm test')),
      stepIndex(build, usesAction('actions/upload-pages-artifact')),
    ];
    expect(order.every((index) => index >= 0), `steps found at ${order.join(', ')}`).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const setupNode = build?.steps[order[1] ?? -1];
    expect(String(setupNode?.with?.['node-version'])).toBe('24');
    expect(setupNode?.with?.cache).toBe('npm');
  });

  it('gives the browser tests the preinstalled browser and keeps /usr/bin/chromium working', () => {
    const browser = build?.steps.find((step) => step.run?.includes('CHROMIUM_PATH'));
    expect(browser?.run).toMatch(/google-chrome/);
    expect(browser?.run).toMatch(/"\$GITHUB_ENV"/);
    expect(browser?.run).toMatch(/\/usr\/bin\/chromium/);
  });

  it('builds with DASHBOARD_BASE_PATH from configure-pages (the Pages sub-path), falling back to /<repository>', () => {
    const buildStep = build?.steps.find(runs('npm run build'));
    expect(buildStep?.env?.DASHBOARD_BASE_PATH).toBe('${{ steps.base.outputs.path }}');
    const configure = stepIndex(build, usesAction('actions/configure-pages'));
    const base = stepIndex(build, (step) => step.id === 'base');
    expect(configure).toBeGreaterThan(-1);
    expect(base).toBeGreaterThan(configure);
    expect(base).toBeLessThan(stepIndex(build, runs('npm run build')));
    expect(build?.steps[configure]?.id).toBe('pages');
    expect(build?.steps[base]?.env?.PAGES_BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
    expect(build?.steps[base]?.run).toMatch(/REPOSITORY_NAME/);
  });

  it('pins every action to a full commit SHA with its release in a comment', () => {
    const usesLines = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(usesLines.length).toBeGreaterThanOrEqual(5);
    for (const line of usesLines) {
      expect(line, line).toMatch(/uses: [\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/);
    }
    const parsedUses = jobs.flatMap(([, job]) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(parsedUses).toHaveLength(usesLines.length);
  });

  it('puts no ${{ }} expression inside a shell script (no script injection)', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
    }
  });

  it('uploads dist/ for Pages only on the default branch, after the tests', () => {
    const upload = build?.steps.find(usesAction('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toMatch(/^dist\/?$/);
    expect(upload?.if).toBe("env.PUBLISH == 'true'");
    expect(build?.steps.find(usesAction('actions/configure-pages'))?.if).toBe("env.PUBLISH == 'true'");
    expect(build?.env?.PUBLISH).toContain(DEFAULT_BRANCH);
    expect(build?.env?.PUBLISH).toContain("github.event_name == 'push'");
  });

  it('deploys only after the build job passed, only from the default branch, with the Pages permissions', () => {
    const needs = [deploy?.needs ?? []].flat();
    expect(needs).toContain(buildEntry?.[0]);
    // A job `if` without a status function implicitly requires every needed job to have succeeded.
    expect(deploy?.if).toContain(DEFAULT_BRANCH);
    expect(deploy?.if).toContain("github.event_name == 'push'");
    expect(deploy?.if).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    expect(deploy?.if).not.toMatch(/pull_request/);
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.environment?.url).toBe('${{ steps.deployment.outputs.page_url }}');
    expect(deploy?.concurrency?.group).toBe('pages');
    expect(deploy?.concurrency?.['cancel-in-progress']).toBe(false);
    expect(deploy?.steps.find(usesAction('actions/deploy-pages'))?.id).toBe('deployment');
  });

  it('grants write permissions to nothing but the deploy job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    for (const [name, job] of jobs) {
      if (job === deploy) continue;
      expect(Object.values(job.permissions ?? {}), name).not.toContain('write');
    }
  });

  it('checks out the full history (release dates come from git) without keeping the credentials', () => {
    const checkout = build?.steps.find(usesAction('actions/checkout'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });
});
