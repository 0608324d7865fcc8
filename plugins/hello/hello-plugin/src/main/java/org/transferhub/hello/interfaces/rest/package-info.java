/** The hello service over HTTP: the resource implementing its SPI. */
package org.transferhub.hello.interfaces.rest;
