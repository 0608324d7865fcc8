package org.transferhub.ops.bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The WAR's REST API at {@code /hello/api}. */
@ApplicationPath("api")
public class HelloApi extends Application {}
