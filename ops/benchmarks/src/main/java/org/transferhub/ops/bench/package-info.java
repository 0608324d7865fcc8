/**
 * The benchmark harness ({@code ops/bench}, see {@code docs/benchmarks.md}): each figure is measured
 * against its floor or ceiling in the same run, so the table reads as ratios on whatever machine ran
 * it. {@link org.transferhub.ops.bench.Bench} runs the whole; {@link org.transferhub.ops.bench.LoadRun}
 * drives N concurrent clients for a fixed time and keeps every latency.
 */
package org.transferhub.ops.bench;
