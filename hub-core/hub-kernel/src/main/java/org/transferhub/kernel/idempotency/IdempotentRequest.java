package org.transferhub.kernel.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The key, scope and body hash of the current request, when it carries an {@code Idempotency-Key}. */
@RequestScoped
public class IdempotentRequest {

    private String scope;
    private String key;
    private String hash;

    void set(String scope, String key, String hash) {
        this.scope = scope;
        this.key = key;
        this.hash = hash;
    }

    boolean present() {
        return key != null;
    }

    String scope() {
        return scope;
    }

    String key() {
        return key;
    }

    String hash() {
        return hash;
    }
}
