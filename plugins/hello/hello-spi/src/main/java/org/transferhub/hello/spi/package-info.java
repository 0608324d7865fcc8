/** The hello service's contract: what other plugins may call. */
package org.transferhub.hello.spi;
