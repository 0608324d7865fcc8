package org.transferhub.incubation.infrastructure.gate;

import jakarta.enterprise.context.ApplicationScoped;
import org.transferhub.incubation.application.Gates;

/** The scorecards and gate rules found once, on this WAR's class loader (the plugin's own and any jar in WEB-INF/lib). */
@ApplicationScoped
public class InstalledGates {

    private final Gates gates = new Gates(InstalledGates.class.getClassLoader());

    public Gates gates() {
        return gates;
    }
}
