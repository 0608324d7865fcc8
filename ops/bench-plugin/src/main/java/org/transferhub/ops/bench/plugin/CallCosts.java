package org.transferhub.ops.bench.plugin;

/**
 * What one call of {@link EchoService} costs, in nanoseconds, averaged over {@code calls} calls each.
 *
 * @param local the implementation called in this process (its CDI bean)
 * @param remote a REST client proxy built once: the HTTP hop to the provider, with its token check
 * @param throughDirectory {@code Services.require(EchoService.class)} at each call, as plugins call
 *     SPIs: a directory lookup (itself an HTTP call to the hub), then the HTTP hop
 */
public record CallCosts(int calls, double local, double remote, double throughDirectory) {}
