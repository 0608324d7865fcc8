/** Each plugin owns its tables in its own schema, migrated by Flyway at start-up. */
package org.transferhub.kernel.persistence;
