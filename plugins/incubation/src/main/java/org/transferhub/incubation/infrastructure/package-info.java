/** What the incubation service plugs into: its installed scorecards and gate rules. */
package org.transferhub.incubation.infrastructure;
