package org.transferhub.kernel.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs {@link PluginStartup} when the WAR starts. A servlet listener rather than a CDI observer:
 * the container runs it for every WAR that bundles the kernel, before the first request, and an
 * exception here fails the deployment with its message.
 */
@WebListener
public class PluginListener implements ServletContextListener {

    @Inject
    PluginStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
