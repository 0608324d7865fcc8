package org.transferhub.kernel.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.transferhub.kernel.problem.ProblemException;
import org.transferhub.kernel.problem.ProblemType;

/**
 * Inside the method's transaction (it runs after {@code @Transactional}'s interceptor): records the
 * result under the request's key. A request racing another with the same key fails on the
 * record's primary key, its transaction rolls back with its effect, and it answers 409.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class IdempotencyInterceptor {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotentRequest request;

    // No @Resource here: an interceptor instance is created with each intercepted bean (a request's
    // resource), and a resource field costs a JNDI lookup per instance; IdempotencyRecords holds one.
    @Inject
    IdempotencyRecords records;

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        if (!request.present()) {
            return ctx.proceed();
        }
        if (!records.inTransaction()) {
            throw new IllegalStateException(
                    ctx.getMethod() + " is @Idempotent but not @Transactional: the record must commit with the effect");
        }
        Object result = ctx.proceed();
        int status = 200;
        Object entity = result;
        if (result instanceof Response r) {
            status = r.getStatus();
            entity = r.getEntity();
        }
        String body = entity == null ? "" : entity instanceof String s ? s : JSONB.toJson(entity);
        try {
            records.insert(request.scope(), request.key(), request.hash(), status, body);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("23") || state.equals("HYT00") || state.equals("40001")) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Another request with this Idempotency-Key is being processed. Send it again in a moment to get its result.");
            }
            throw e;
        }
        return result;
    }
}
