package org.transferhub.kernel.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet side of problem+json: the kernel's web fragment routes the container's own error
 * pages here (no servlet for a path, an invalid or expired token rejected before JAX-RS, an
 * uncaught error), so a client never sees the server's HTML.
 */
@WebServlet(name = "transferhub-problem", urlPatterns = ProblemServlet.PATH)
public class ProblemServlet extends HttpServlet {

    public static final String PATH = "/.problem";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = req.getRequestURI();
        }
        Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail =
                switch (status) {
                    case 401 -> req.getHeader("Authorization") == null
                            ? Problem.SEND_A_TOKEN
                            : "The token was refused: it is expired, not signed by this region, or damaged. Sign in again for a new one.";
                    case 403 -> Problem.WRONG_ROLE;
                    case 404 -> Problem.NOTHING_HERE;
                    case 405 -> "This resource does not accept " + req.getMethod() + ".";
                    default -> null;
                };
        Problem problem = status == 500 || error != null
                ? Problem.unexpected(error, uri)
                : new Problem(ProblemType.forStatus(status), detail, uri);
        ProblemType type = problem.type();
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
