package org.transferhub.kernel.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.transferhub.kernel.plugin.PluginDescriptors;

/**
 * Payara merges the OpenAPI documents of all WARs into the one at {@code /openapi}, each WAR's paths
 * relative to its own context root, so {@code /api/plugin} of every plugin would collide. This
 * filter, run on each WAR's document, makes its paths absolute ({@code /vouchers/api/...}) and
 * drops the per-WAR server entry.
 */
public class ContextRootFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String id = PluginDescriptors.load(ContextRootFilter.class.getClassLoader())
                .id(); // the WAR's loader: the filter ships in its WEB-INF/lib
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> absolute = new LinkedHashMap<>();
        paths.getPathItems()
                .forEach((path, item) -> absolute.put(path.startsWith("/" + id + "/") ? path : "/" + id + path, item));
        Paths rewritten = OASFactory.createPaths();
        absolute.forEach(rewritten::addPathItem);
        openAPI.setPaths(rewritten);
        openAPI.setServers(new java.util.ArrayList<>());
    }
}
