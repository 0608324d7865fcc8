package org.transferhub.kernel.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet side of problem+json: the kernel's web fragment routes the container's own error
 * pages here (no servlet for a path, an invalid or expired token rejected before JAX-RS, an
 * uncaught error), so a client never sees the server's HTML.
 */
@WebServlet(name = "transferhub-problem", urlPatterns = ProblemServlet.PATH)
public class ProblemServlet extends HttpServlet {

    public static final String PATH = "/.problem";
    private static final Logger LOG = Logger.getLogger(ProblemServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = req.getRequestURI();
        }
        Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail = switch (status) {
            case 401 -> req.getHeader("Authorization") == null
                    ? "Send a valid token in the Authorization header (Bearer). Get one from the hub: POST /hub/api/auth/token."
                    : "The token was refused: it is expired, not signed by this region, or damaged. Sign in again for a new one.";
            case 403 -> "Your role may not do this here. Sign in as a user with the right role for this region.";
            case 404 -> "Nothing here. Check the path against this region's API description at /openapi.";
            case 405 -> "This resource does not accept " + req.getMethod() + ".";
            default -> null;
        };
        ProblemType type = ProblemType.forStatus(status);
        if (status == 500 || error != null) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + uri, error);
            type = ProblemType.SERVER_ERROR;
            detail = "Something went wrong on our side; nothing you sent was changed. Quote incident " + incident + " to the region operator.";
        }
        Problem problem = new Problem(type, detail, uri);
        resp.resetBuffer();
        resp.setStatus(type.status());
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(Problem.MEDIA_TYPE);
        if (type.status() == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"transferhub\"");
        }
        resp.getWriter().write(problem.toJson().toString());
    }
}
