// Shared by Slant's browser tests and benchmarks: Debian's Chromium started the way this kind of
// machine needs (root, no GPU, closed network), and a throwaway static file server.
'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

// Without the networking flags Chromium keeps trying hosts this machine cannot reach.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A headless Chromium context in a fresh profile; `ctx.close()` also deletes the profile. */
async function launchChromium(options = {}, extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'slant-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...options,
  });
  const close = ctx.close.bind(ctx);
  ctx.close = async (...args) => {
    await close(...args);
    // The browser may still be flushing its profile as it exits: retry, and never fail a run
    // over a leftover temporary folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {}
  };
  return ctx;
}

/** Serves `dir` on a free loopback port: resolves to { proc, port }; stop it with proc.kill(). */
function serveDir(dir) {
  return new Promise((resolve, reject) => {
    const p = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir],
      { stdio: ['ignore', 'pipe', 'ignore'] });
    p.on('error', reject);
    p.stdout.on('data', (d) => {
      const m = /port (\d+)/.exec(String(d));
      if (m) resolve({ proc: p, port: Number(m[1]) });
    });
  });
}

module.exports = { CHROMIUM_ARGS, launchChromium, serveDir };
