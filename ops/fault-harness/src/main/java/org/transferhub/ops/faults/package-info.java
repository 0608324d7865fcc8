/**
 * The fault runs of {@code ops/faults} (docs/faults.md): {@link org.transferhub.ops.faults.CrashOracle},
 * {@link org.transferhub.ops.faults.DatabaseOutage} and {@link org.transferhub.ops.faults.BadInputs}
 * on the demo region, run and summed up by {@link org.transferhub.ops.faults.Faults}.
 */
package org.transferhub.ops.faults;
