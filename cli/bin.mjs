#!/usr/bin/env node
// The `erp-connector-check` command (package.json "bin"): the TypeScript CLI, loaded through tsx's
// loader so it runs on Node 20 without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./erp-connector-check.ts');
