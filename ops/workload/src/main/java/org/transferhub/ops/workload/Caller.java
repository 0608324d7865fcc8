package org.transferhub.ops.workload;

import java.io.IOException;

/**
 * A demo user signed in to a region, whose token is taken again when the region no longer
 * accepts it (it expired, or a long run outlived it).
 */
public final class Caller {

    private final RegionHttp http;
    private final String user;
    private volatile String token;

    public Caller(RegionHttp http, String user) throws IOException, InterruptedException {
        this.http = http;
        this.user = user;
        this.token = http.signIn(user);
    }

    public String user() {
        return user;
    }

    public String token() {
        return token;
    }

    /** Signs in again after a 401 that answered {@code stale}; several threads may ask at once. */
    synchronized void renew(String stale) throws IOException, InterruptedException {
        if (stale.equals(token)) {
            token = http.signIn(user);
        }
    }
}
