package org.transferhub.testkit;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test plugins for Arquillian deployments. */
public final class PluginArchives {

    private PluginArchives() {}

    /**
     * A plugin WAR named {@code <id>.war} (so served at {@code /<id>}) with the given descriptor
     * resource and the libraries (kernel, SPIs, Flyway) of an existing plugin WAR; add the test
     * plugin's classes to it.
     *
     * @param id the test plugin's id
     * @param descriptorResource a class-path resource holding its {@code plugin.json}
     * @param librariesOf a built plugin WAR whose {@code WEB-INF/lib} to reuse
     */
    public static WebArchive plugin(String id, String descriptorResource, File librariesOf) {
        WebArchive source = ShrinkWrap.createFromZipFile(WebArchive.class, librariesOf);
        WebArchive plugin = ShrinkWrap.create(WebArchive.class, id + ".war")
                .addAsResource(descriptorResource, "META-INF/transferhub/plugin.json");
        for (ArchivePath lib :
                source.getContent(Filters.include("/WEB-INF/lib/.*\\.jar")).keySet()) {
            plugin.add(source.get(lib).getAsset(), lib);
        }
        return plugin;
    }
}
