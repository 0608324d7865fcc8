/** The one field taxonomy of the suite: projects, patents and technology managers are filed under the same fields. */
package org.transferhub.spi.field;
