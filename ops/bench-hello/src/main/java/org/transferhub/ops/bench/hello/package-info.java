/** A minimal WAR: the floor against which ops/bench measures a region's start-up and memory. */
package org.transferhub.ops.bench.hello;
