/**
 * Every error a client sees is RFC 9457 {@code application/problem+json} with a stable {@code type}
 * URI and a {@code detail} a person can act on: from JAX-RS (exception mappers) and from the
 * servlet layer (error pages declared in the kernel's web fragment). Never HTML, never a stack trace.
 */
package org.transferhub.kernel.problem;
