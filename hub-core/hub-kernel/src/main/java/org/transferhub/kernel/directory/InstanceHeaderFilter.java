package org.transferhub.kernel.directory;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.transferhub.kernel.config.RegionSettings;

/**
 * Names the instance that answered in every response of every WAR with the kernel: {@code
 * X-TransferHub-Instance: 127.0.0.1-8081} ({@code transferhub.region.instance}). Behind a load
 * balancer, an operator (and the cluster tests) see which instance served a request. Set before the
 * request runs, so that error answers carry it too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InstanceHeaderFilter extends HttpFilter {

    public static final String HEADER = "X-TransferHub-Instance";

    @Inject
    RegionSettings region;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, region.instance());
        chain.doFilter(request, response);
    }
}
