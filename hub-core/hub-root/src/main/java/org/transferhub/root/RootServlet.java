package org.transferhub.root;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /} goes to the region's portal; any other path that no WAR serves is a
 * problem+json 404. This WAR carries no kernel (it is not a plugin), so it writes the one problem
 * document it needs itself, in the kernel's format and with its type URI.
 */
@WebServlet(urlPatterns = "/")
public class RootServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if ("/".equals(path) && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            resp.sendRedirect("/hub/portal/");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/problem+json");
        resp.getWriter()
                .write("{\"type\":\"urn:transferhub:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"Nothing here. This region's services are listed at /hub/api/plugins and described at /openapi.\","
                        + "\"instance\":\"" + json(path) + "\"}");
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
