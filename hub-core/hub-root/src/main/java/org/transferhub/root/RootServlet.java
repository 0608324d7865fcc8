package org.transferhub.root;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /} goes to the region's portal; any other path that no WAR serves is a
 * problem+json 404, except under a WAR the region deploys but that does not serve yet: while the
 * server starts, Payara serves this WAR before the plugins', and a client told "404" for a plugin
 * that will answer in seconds would give up an operation it should send again. That is a 503 with
 * {@code Retry-After}. This WAR carries no kernel (it is not a plugin), so it writes the problem
 * documents it needs itself, in the kernel's format and with its type URIs.
 */
@WebServlet(urlPatterns = "/")
public class RootServlet extends HttpServlet {

    /** The context roots the launcher deploys ({@code /hub,/vouchers,...}); none when it does not say. */
    private static final java.util.Set<String> CONTEXTS = java.util.Set.of(
            System.getProperty("transferhub.region.contexts", "").split(","));

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if ("/".equals(path) && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            resp.sendRedirect("/hub/portal/");
            return;
        }
        int second = path.indexOf('/', 1);
        if (path.length() > 1 && CONTEXTS.contains(second < 0 ? path : path.substring(0, second))) {
            resp.setHeader("Retry-After", "5");
            problem(
                    resp,
                    path,
                    503,
                    "service-unavailable",
                    "Service unavailable",
                    "This service is starting. Send the request again in a few seconds.");
            return;
        }
        problem(
                resp,
                path,
                404,
                "not-found",
                "Not found",
                "Nothing here. This region's services are listed at /hub/api/plugins and described at /openapi.");
    }

    private static void problem(
            HttpServletResponse resp, String path, int status, String type, String title, String detail)
            throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/problem+json");
        resp.getWriter()
                .write("{\"type\":\"urn:transferhub:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(path) + "\"}");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
