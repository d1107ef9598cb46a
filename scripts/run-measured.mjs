#!/usr/bin/env node
// Runs the tenderkit CLI in this process and appends its peak memory (maxRSS, KiB) to the file named by
// BENCH_STATS, so the benchmark can report memory without platform tools.
import { appendFileSync } from 'node:fs';
import { main } from '../dist/main.js';

const code = await main(process.argv.slice(2));
if (process.env.BENCH_STATS) appendFileSync(process.env.BENCH_STATS, `${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
